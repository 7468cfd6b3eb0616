/**
 * Office identity (issue 5, item 1): create the key pairs under a passphrase (administrator), show
 * and export the office card with its fingerprint, rotate, import partner cards (and, on a main
 * workstation, its desks' cards) after comparing fingerprints by phone, revoke a key.
 */
import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Code,
  Group,
  PasswordInput,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  cardFingerprint,
  officeCardFileText,
  readOfficeCardFile,
  type OfficeCard,
} from '@shared/registry/identity';
import { utf8 } from '@shared/registry/identity';
import type { SessionUser } from '../../auth/session';
import { useOfficeKeys, useStore, useTrustedCards, type OfficeConfig } from '../../store';
import { useLang } from '../../app/hooks';
import { getPlatform } from '../../platform';
import type { CardPreview } from '../../registry/identity';
import { officeCardFileName } from '../../print/fileNames';
import type { Lang } from '@shared/i18n/lang';

export function cardFileName(card: OfficeCard, lang: Lang): string {
  return officeCardFileName(card, lang);
}

function Fingerprint({ card, testId }: { card: OfficeCard; testId: string }) {
  const { t } = useTranslation('registries');
  return (
    <Stack gap={2}>
      <Text size="sm">{t('identity.fingerprint')}</Text>
      <Code fz="lg" data-testid={`${testId}-digits`}>
        {cardFingerprint(card, 'digits')}
      </Code>
      <Code data-testid={testId}>{cardFingerprint(card, 'hex')}</Code>
    </Stack>
  );
}

export function IdentityPanel({ office, user }: { office: OfficeConfig; user: SessionUser }) {
  const { t } = useTranslation('registries');
  const store = useStore();
  const lang = useLang();
  const isAdmin = user.roles.includes('admin');
  const keys = useOfficeKeys();
  const trusted = useTrustedCards();
  const active = keys?.find((k) => k.status === 'active');

  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [revokePrevious, setRevokePrevious] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [candidate, setCandidate] = useState<Extract<CardPreview, { ok: true }> | null>(null);
  const [cardError, setCardError] = useState<string | null>(null);
  const [confirmRevoke, setConfirmRevoke] = useState<string | null>(null);

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

  const openCard = async () => {
    setCardError(null);
    setCandidate(null);
    const file = await getPlatform().openFile(['.json', 'application/json']);
    if (!file) return;
    const read = await readOfficeCardFile(file.bytes);
    if (!read.ok) {
      setCardError(t(`registry:card.${read.code}`));
      return;
    }
    const preview = await store.previewCard(read.card, office, new Date());
    if (!preview.ok) {
      setCardError(preview.code === 'own-card' ? t('identity.ownCard') : t(`registry:card.${preview.code}`));
      return;
    }
    setCandidate(preview);
  };

  const confirmCard = async () => {
    if (!candidate) return;
    await store.trustCard(candidate, user.id, new Date());
    setCandidate(null);
  };

  return (
    <Stack gap="lg" data-testid="identity-panel">
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

      <section>
        <Title order={3} mb="xs">
          {office.workstation === 'desk' ? t('identity.partnersDesk') : t('identity.partners')}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {office.workstation === 'desk' ? t('identity.partnersDeskIntro') : t('identity.partnersIntro')}
        </Text>
        <Group>
          <Button
            variant="light"
            onClick={() => void openCard()}
            data-testid="import-card"
            disabled={!isAdmin}
          >
            {t('identity.importCard')}
          </Button>
          {isAdmin ? null : (
            <Text size="sm" c="dimmed" data-testid="import-card-why">
              {t('identity.importCardAdminOnly')}
            </Text>
          )}
        </Group>
        {cardError ? (
          <Alert color="red" role="alert" mt="xs" data-testid="card-error">
            {cardError}
          </Alert>
        ) : null}
        {candidate ? (
          <Card withBorder mt="sm" maw={640} data-testid="card-candidate">
            <Stack gap="xs">
              <Text fw={600}>{candidate.card.name[lang]}</Text>
              <Text size="sm">
                {candidate.card.kind === 'desk'
                  ? t('identity.deskCard', {
                      office: candidate.card.officeCode,
                      desk: candidate.card.deskCode,
                    })
                  : t('identity.officeCard', { office: candidate.card.officeCode })}
              </Text>
              <Fingerprint card={candidate.card} testId="card-fingerprint" />
              <Alert color="blue">{t('identity.comparePhone')}</Alert>
              {candidate.alreadyKnown ? <Text size="sm">{t('identity.alreadyKnown')}</Text> : null}
              <Group>
                <Button onClick={() => void confirmCard()} data-testid="card-trust">
                  {t('identity.trust')}
                </Button>
                <Button variant="default" onClick={() => setCandidate(null)} data-testid="card-cancel">
                  {t('identity.cancel')}
                </Button>
              </Group>
            </Stack>
          </Card>
        ) : null}
        <Table mt="sm" striped data-testid="trusted-cards">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('identity.columns.office')}</Table.Th>
              <Table.Th>{t('identity.columns.fingerprint')}</Table.Th>
              <Table.Th>{t('identity.columns.status')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(trusted ?? [])
              .sort((a, b) => a.seq - b.seq)
              .map((row) => (
                <Table.Tr
                  key={row.keyId}
                  data-testid={`trusted-${row.officeCode}${row.entry.card.deskCode ?? ''}`}
                >
                  <Table.Td>
                    {row.entry.card.name[lang]}
                    {row.entry.card.deskCode
                      ? ` · ${t('identity.desk', { desk: row.entry.card.deskCode })}`
                      : ''}
                  </Table.Td>
                  <Table.Td>
                    <Code>{cardFingerprint(row.entry.card, 'digits')}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      color={row.status === 'active' ? 'green' : row.status === 'revoked' ? 'red' : 'gray'}
                    >
                      {t(`identity.status.${row.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {isAdmin && row.status !== 'revoked' && confirmRevoke !== row.keyId ? (
                      <Button
                        size="xs"
                        color="red"
                        variant="subtle"
                        onClick={() => setConfirmRevoke(row.keyId)}
                        data-testid={`revoke-${row.keyId}`}
                      >
                        {t('identity.revoke')}
                      </Button>
                    ) : null}
                    {isAdmin && confirmRevoke === row.keyId ? (
                      // Irreversible: a revoked card can never be imported again.
                      <Group gap="xs">
                        <Text size="xs">{t('identity.revokeConfirm')}</Text>
                        <Button
                          size="xs"
                          color="red"
                          onClick={() => {
                            setConfirmRevoke(null);
                            void store.revokeTrustedKey(row.keyId, user.id, new Date());
                          }}
                          data-testid={`revoke-confirm-${row.keyId}`}
                        >
                          {t('identity.revokeYes')}
                        </Button>
                        <Button size="xs" variant="default" onClick={() => setConfirmRevoke(null)}>
                          {t('identity.cancel')}
                        </Button>
                      </Group>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      </section>
    </Stack>
  );
}
