/**
 * Partner cards: import a partner's (or, on a main workstation, a desk's) card after comparing
 * fingerprints by phone; the trusted cards with revoke.
 */
import { useState } from 'react';
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { readOfficeCardFile } from '@shared/registry/identity';
import type { SessionUser } from '../../auth/session';
import { useStore, type OfficeConfig } from '../../store';
import { useLang } from '../../app/hooks';
import { getPlatform } from '../../platform';
import type { CardPreview } from '../../registry/identity';
import { Fingerprint } from './Fingerprint';
import { TrustedCards } from './TrustedCards';

export function PartnerCards({ office, user }: { office: OfficeConfig; user: SessionUser }) {
  const { t } = useTranslation('registries');
  const store = useStore();
  const lang = useLang();
  const isAdmin = user.roles.includes('admin');
  const [candidate, setCandidate] = useState<Extract<CardPreview, { ok: true }> | null>(null);
  const [cardError, setCardError] = useState<string | null>(null);

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
    <section>
      <Title order={3} mb="xs">
        {office.workstation === 'desk' ? t('identity.partnersDesk') : t('identity.partners')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {office.workstation === 'desk' ? t('identity.partnersDeskIntro') : t('identity.partnersIntro')}
      </Text>
      <Group>
        <Button variant="light" onClick={() => void openCard()} data-testid="import-card" disabled={!isAdmin}>
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
      <TrustedCards user={user} />
    </section>
  );
}
