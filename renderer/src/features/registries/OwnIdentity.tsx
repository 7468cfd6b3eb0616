/** The office's own card: create or rotate the key pairs under a passphrase (administrator), export the card. */
import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { officeCardFileText, utf8, type OfficeCard } from '@shared/registry/identity';
import type { Lang } from '@shared/i18n/lang';
import type { SessionUser } from '../../auth/session';
import { useOfficeKeys, useStore, type OfficeConfig } from '../../store';
import { useLang } from '../../app/hooks';
import { getPlatform } from '../../platform';
import { officeCardFileName } from '../../print/fileNames';
import { Fingerprint } from './Fingerprint';

export function cardFileName(card: OfficeCard, lang: Lang): string {
  return officeCardFileName(card, lang);
}
export function OwnIdentity({ office, user }: { office: OfficeConfig; user: SessionUser }) {
  const { t } = useTranslation('registries');
  const store = useStore();
  const lang = useLang();
  const isAdmin = user.roles.includes('admin');
  const keys = useOfficeKeys();
  const active = keys?.find((k) => k.status === 'active');

  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [revokePrevious, setRevokePrevious] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const create = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await store.createOfficeIdentity({
      office,
      passphrase,
      passphraseRepeat: repeat,
      userId: user.id,
      now: new Date(),
      revokePrevious,
    });
    setBusy(false);
    if (!result.ok) {
      setError(
        result.code === 'wrong-passphrase' || result.code === 'wrapped-keys-invalid'
          ? t(`registry:keys.${result.code}`)
          : t(`identity.errors.${result.code}`),
      );
      return;
    }
    setPassphrase('');
    setRepeat('');
    setRevokePrevious(false);
  };

  const exportCard = async () => {
    if (!active) return;
    await getPlatform().saveFile(
      cardFileName(active.card, lang),
      utf8(officeCardFileText(active.card)),
      'application/json',
    );
    await store.recordCardExported(active.keyId, user.id, new Date().getTime());
  };

  return (
    <section>
      <Title order={3} mb="xs">
        {t('identity.ownTitle')}
      </Title>
      {active ? (
        <Card withBorder maw={640} data-testid="own-card">
          <Stack gap="xs">
            <Text fw={600}>{active.card.name[lang]}</Text>
            <Text size="sm">
              {active.card.kind === 'desk'
                ? t('identity.deskCard', { office: active.card.officeCode, desk: active.card.deskCode })
                : t('identity.officeCard', { office: active.card.officeCode })}
            </Text>
            <Fingerprint card={active.card} testId="own-fingerprint" />
            <Group>
              <Button onClick={() => void exportCard()} data-testid="export-card">
                {t('identity.export')}
              </Button>
            </Group>
          </Stack>
        </Card>
      ) : (
        <Alert color="yellow" data-testid="no-keys">
          {isAdmin ? t('identity.noKeysAdmin') : t('identity.noKeys')}
        </Alert>
      )}
      {isAdmin ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <Stack gap="xs" maw={480} mt="md">
            <Text size="sm">{active ? t('identity.rotateIntro') : t('identity.createIntro')}</Text>
            <PasswordInput
              label={t('identity.passphrase')}
              description={t('identity.passphraseHint')}
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              data-testid="keys-passphrase"
            />
            <PasswordInput
              label={active ? t('identity.passphraseSame') : t('identity.passphraseRepeat')}
              value={repeat}
              onChange={(e) => setRepeat(e.currentTarget.value)}
              data-testid="keys-passphrase-repeat"
            />
            {active ? (
              <Checkbox
                label={t('identity.revokePrevious')}
                checked={revokePrevious}
                onChange={(e) => setRevokePrevious(e.currentTarget.checked)}
                data-testid="keys-revoke-previous"
              />
            ) : null}
            <Group>
              <Button type="submit" loading={busy} data-testid={active ? 'keys-rotate' : 'keys-create'}>
                {active ? t('identity.rotate') : t('identity.create')}
              </Button>
            </Group>
            {error ? (
              <Alert color="red" role="alert" data-testid="keys-error">
                {error}
              </Alert>
            ) : null}
          </Stack>
        </form>
      ) : null}
    </section>
  );
}
