/**
 * Жалобы / Шағымдар (issue 15): `#/complaints` the journal, `#/complaints/new` (or
 * `new-<case number>` from a case page) the registration form, `#/complaints/<number>` one complaint.
 */
import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useComplaintAccess } from '../../store';
import { useOfficeConfig } from '../journal/labels';
import { ComplaintJournal } from './ComplaintJournal';
import { ComplaintView } from './ComplaintView';
import { RegisterComplaint } from './RegisterComplaint';

export function ComplaintsPage({ sub }: { sub: string | null }) {
  const { t } = useTranslation('complaints');
  const office = useOfficeConfig();
  const access = useComplaintAccess(office);
  if (!office || access.loading) return <Loader aria-label={t('loading')} />;
  if (!access.see) return <Alert color="gray">{t('notAllowed')}</Alert>;
  const newCase = sub?.startsWith('new') ? sub.slice(4) : null;
  return (
    <Stack gap="md" data-testid="complaints-page">
      <div>
        <Title order={2}>{t('title')}</Title>
        <Text size="sm" c="dimmed">
          {t('subtitle')}
        </Text>
      </div>
      {newCase !== null && access.register ? (
        <RegisterComplaint key={sub} office={office} caseId={newCase} />
      ) : sub && newCase === null ? (
        <ComplaintView key={sub} id={sub} office={office} canReview={access.review} />
      ) : (
        <ComplaintJournal office={office} canRegister={access.register} />
      )}
    </Stack>
  );
}
