/**
 * Настройки → Резервная копия: create an encrypted backup file, restore one after showing its date and
 * office. The work is in renderer/src/backup; this is only the form.
 */
import { useState } from 'react';
import { Alert, Button, Divider, Group, Modal, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { backupFileName } from '@shared/backup';
import { officeByCode } from '@shared/directory/offices';
import { formatDateTime } from '@shared/i18n/format';
import { toAlmatyParts } from '@shared/time/almaty';
import { useLang } from '../../app/hooks';
import { useAuth } from '../../auth/AuthProvider';
import type { OpenedBackup } from '../../backup/backup';
import { BACKUP_EXTENSION, backupErrorMessage, defaultEpochMarker, PASSPHRASE_MIN } from '../../backup/host';
import { getPlatform } from '../../platform';
import { AutoBackupSection } from './AutoBackupSection';
import { useStore } from '../../store';

export function BackupPanel() {
  return (
    <Stack maw={640} gap="xl">
      <CreateSection />
      <Divider />
      <RestoreSection />
      <AutoBackupSection />
    </Stack>
  );
}

function CreateSection() {
  const { t } = useTranslation('backup');
  const store = useStore();
  const [pass, setPass] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const tooShort = pass.length > 0 && pass.length < PASSPHRASE_MIN;
  const mismatch = repeat.length > 0 && pass !== repeat;

  const create = async () => {
    if (pass.length < PASSPHRASE_MIN || pass !== repeat) {
      setError(
        pass.length < PASSPHRASE_MIN ? t('create.tooShort', { min: PASSPHRASE_MIN }) : t('create.mismatch'),
      );
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const now = Date.now();
      const iterations = (await store.getSecurity()).pbkdf2Iterations;
      const office = await store.getOffice();
      const { bytes } = await store.createBackup(pass, now, { iterations });
      const parts = toAlmatyParts(now);
      const hhmm = `${String(parts.hour).padStart(2, '0')}${String(parts.minute).padStart(2, '0')}`;
      const name = backupFileName(office?.officeCode ?? '00', office?.deskCode ?? '00', parts.date, hhmm);
      const saved = await getPlatform().saveFile(name, bytes, 'application/octet-stream');
      if (saved === 'saved') {
        notifications.show({ color: 'teal', message: t('create.done') });
        setPass('');
        setRepeat('');
      }
    } catch (err) {
      setError(backupErrorMessage(err, t, 'backup:create.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack>
      <Title order={3}>{t('create.title')}</Title>
      <Text size="sm">{t('create.hint')}</Text>
      <PasswordInput
        label={t('create.passphrase')}
        value={pass}
        onChange={(e) => setPass(e.currentTarget.value)}
        error={tooShort ? t('create.tooShort', { min: PASSPHRASE_MIN }) : undefined}
        autoComplete="new-password"
        data-testid="backup-passphrase"
      />
      <PasswordInput
        label={t('create.passphraseRepeat')}
        value={repeat}
        onChange={(e) => setRepeat(e.currentTarget.value)}
        error={mismatch ? t('create.mismatch') : undefined}
        autoComplete="new-password"
        data-testid="backup-passphrase-repeat"
      />
      {error && (
        <Alert color="red" role="alert" data-testid="backup-error">
          {error}
        </Alert>
      )}
      <Group>
        <Button onClick={() => void create()} loading={busy} data-testid="backup-create">
          {t('create.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

function RestoreSection() {
  const { t } = useTranslation('backup');
  const store = useStore();
  const { user } = useAuth();
  const lang = useLang();
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [pass, setPass] = useState('');
  const [opened, setOpened] = useState<OpenedBackup | null>(null);
  const [current, setCurrent] = useState<{ officeCode: string; deskCode: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const choose = async () => {
    setError(null);
    const picked = await getPlatform().openFile([BACKUP_EXTENSION]);
    if (picked) setFile(picked);
  };

  const check = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const result = await store.openBackup(file.bytes, pass);
      setCurrent((await store.getOffice()) ?? null);
      setOpened(result);
    } catch (err) {
      setError(backupErrorMessage(err, t, 'backup:restore.failed'));
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (!opened) return;
    setBusy(true);
    setError(null);
    try {
      await store.applyBackup(opened, {
        marker: defaultEpochMarker(),
        audit: { userId: user?.id ?? null, now: Date.now() },
      });
      setOpened(null);
      notifications.show({ color: 'teal', message: t('restore.done') });
      // The restored office, users and settings take effect from a clean start.
      window.setTimeout(() => window.location.reload(), 800);
    } catch (err) {
      setOpened(null);
      const message = backupErrorMessage(err, t, 'backup:restore.failed');
      setError(message === t('restore.failed') ? message : `${message} ${t('restore.failed')}`);
    } finally {
      setBusy(false);
    }
  };

  const summary = opened?.summary;
  const office = summary?.office;
  const otherOffice =
    office && current && (office.officeCode !== current.officeCode || office.deskCode !== current.deskCode);

  return (
    <Stack>
      <Title order={3}>{t('restore.title')}</Title>
      <Text size="sm">{t('restore.hint')}</Text>
      <Group>
        <Button variant="default" onClick={() => void choose()} data-testid="restore-choose">
          {t('restore.choose')}
        </Button>
        {file && <Text size="sm">{t('restore.file', { name: file.name })}</Text>}
      </Group>
      <PasswordInput
        label={t('restore.passphrase')}
        value={pass}
        onChange={(e) => setPass(e.currentTarget.value)}
        autoComplete="off"
        data-testid="restore-passphrase"
      />
      {error && (
        <Alert color="red" role="alert" data-testid="restore-error">
          {error}
        </Alert>
      )}
      <Group>
        <Button
          onClick={() => void check()}
          disabled={!file || pass.length === 0}
          loading={busy && !opened}
          data-testid="restore-check"
        >
          {t('restore.check')}
        </Button>
      </Group>
      <Modal
        opened={opened !== null}
        onClose={() => setOpened(null)}
        title={t('restore.confirmTitle')}
        centered
      >
        {summary && (
          <Stack>
            <Text data-testid="restore-summary">
              {t('restore.summary', {
                date: formatDateTime(summary.createdAt, lang),
                office: office
                  ? (officeByCode(office.officeCode)?.shortName[lang] ?? office.officeCode)
                  : '—',
                code: office ? `${office.officeCode}-${office.deskCode}` : '—',
                cases: summary.rowCounts.cases ?? 0,
                users: summary.rowCounts.users ?? 0,
              })}
            </Text>
            {otherOffice && (
              <Alert color="orange" data-testid="restore-other-office">
                {t('restore.otherOffice')}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(null)} data-testid="restore-cancel">
                {t('restore.cancel')}
              </Button>
              <Button color="red" onClick={() => void confirm()} loading={busy} data-testid="restore-confirm">
                {t('restore.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
