/**
 * Settings → Резервная копия → Автоматическая резервная копия (Electron only): the folder main writes
 * to, the recovery passphrase that creates the office's backup key pair (the daily backups open with
 * it), the last run, and a "now" button.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Badge, Button, Divider, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Api, AutoBackupStatus } from '@shared/ipc/contract';
import { formatDateTime } from '@shared/i18n/format';
import { useLang } from '../../app/hooks';
import { autoBackupApi, indexedDbKeyStore, type AutoBackupApi } from '../../backup/autoBackup';
import { backupErrorMessage, PASSPHRASE_MIN } from '../../backup/host';
import { useAutoFailureText } from '../../backup/useAutoFailureText';
import { getPlatform } from '../../platform';
import { useStore } from '../../store';

export function AutoBackupSection() {
  const host = getPlatform().backup;
  const auto = autoBackupApi(host);
  if (!host || !auto) return null;
  return <AutoBackupForm api={{ ...auto, backupChooseFolder: host.backupChooseFolder }} />;
}

function AutoBackupForm({ api }: { api: AutoBackupApi & Required<Pick<Api, 'backupChooseFolder'>> }) {
  const { t } = useTranslation('backup');
  const autoFailure = useAutoFailureText();
  const data = useStore();
  const lang = useLang();
  const store = useMemo(() => indexedDbKeyStore(), []);
  const [status, setStatus] = useState<AutoBackupStatus | null>(null);
  const [enabled, setEnabled] = useState(false);
  const [pass, setPass] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    let live = true;
    void Promise.all([api.backupAutoStatus(), store.get()]).then(([s, key]) => {
      if (!live) return;
      setStatus(s);
      setEnabled(key !== null);
    });
    return () => {
      live = false;
    };
  }, [api, store, version]);

  const guard = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      refresh();
    } catch (err) {
      setError(backupErrorMessage(err, t, 'backup:create.failed'));
    } finally {
      setBusy(false);
    }
  };

  const enable = () => {
    if (pass.length < PASSPHRASE_MIN) return setError(t('create.tooShort', { min: PASSPHRASE_MIN }));
    if (pass !== repeat) return setError(t('create.mismatch'));
    void guard(async () => {
      await data.enableAutoBackup(store, pass, (await data.getSecurity()).pbkdf2Iterations);
      setPass('');
      setRepeat('');
    });
  };

  const runNow = () =>
    guard(async () => {
      const r = await data.runAutoBackupIfDue(api, store, Date.now(), true);
      if (r.status === 'written') notifications.show({ color: 'teal', message: t('create.done') });
      else if (r.status === 'failed') setError(t('auto.failed', { reason: autoFailure(r) }));
    });

  return (
    <Stack>
      <Divider />
      <Title order={3}>{t('auto.title')}</Title>
      <Text size="sm">{t('auto.hint', { keep: status?.keep ?? 14 })}</Text>
      <Group>
        <Text size="sm" data-testid="auto-folder">
          {status?.folder ? t('auto.folder', { path: status.folder }) : t('auto.noFolder')}
        </Text>
        <Button
          variant="default"
          onClick={() => void guard(async () => void (await api.backupChooseFolder()))}
        >
          {t('auto.choose')}
        </Button>
      </Group>
      <Group>
        <Badge color={enabled ? 'teal' : 'gray'}>{enabled ? t('auto.enabled') : t('auto.disabled')}</Badge>
        <Text size="sm">
          {status?.lastWrittenAt
            ? t('auto.last', { date: formatDateTime(status.lastWrittenAt, lang) })
            : t('auto.never')}
        </Text>
      </Group>
      {!enabled && status?.folder && (
        <Alert color="yellow" data-testid="auto-needs-passphrase">
          {t('auto.needsPassphrase')}
        </Alert>
      )}
      <PasswordInput
        label={t('auto.passphrase')}
        description={t('auto.passphraseHint')}
        value={pass}
        onChange={(e) => setPass(e.currentTarget.value)}
        autoComplete="new-password"
      />
      <PasswordInput
        label={t('create.passphraseRepeat')}
        value={repeat}
        onChange={(e) => setRepeat(e.currentTarget.value)}
        autoComplete="new-password"
      />
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Group>
        <Button onClick={enable} loading={busy}>
          {t('auto.enable')}
        </Button>
        {enabled && (
          <Button variant="default" onClick={() => void guard(() => store.clear())}>
            {t('auto.disable')}
          </Button>
        )}
        <Button variant="light" onClick={() => void runNow()} disabled={!enabled || !status?.folder}>
          {t('auto.runNow')}
        </Button>
      </Group>
    </Stack>
  );
}
