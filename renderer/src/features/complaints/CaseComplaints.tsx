/** The case page's link to its complaints (issue 15), shown where the user may see complaints. */
import { Anchor, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatComplaintNumber } from '@shared/complaints';
import { formatDate } from '@shared/i18n/format';
import { useLang } from '../../app/hooks';
import { useCaseComplaints, useComplaintAccess } from '../../store';
import { useOfficeConfig } from '../journal/labels';

export function CaseComplaints({ caseId }: { caseId: string }) {
  const { t } = useTranslation('complaints');
  const lang = useLang();
  const access = useComplaintAccess(useOfficeConfig());
  const rows = useCaseComplaints(caseId);
  if (!access.see || !rows) return null;
  return (
    <Card withBorder data-testid="case-complaints">
      <Stack gap="xs">
        <Title order={4}>{t('case.title')}</Title>
        {rows.length === 0 && <Text size="sm">{t('case.none')}</Text>}
        {rows.map((c) => (
          <Text key={c.id} size="sm">
            <Anchor href={`#/complaints/${c.id}`} data-testid={`case-complaint-${c.id}`}>
              {formatComplaintNumber(c.id)}
            </Anchor>{' '}
            {formatDate(c.registeredOn, lang)} · {t(`statuses.${c.status}`)}
          </Text>
        ))}
        {access.register && (
          <Button
            component="a"
            href={`#/complaints/new-${caseId}`}
            variant="light"
            w="fit-content"
            data-testid="case-complaint-new"
          >
            {t('case.new')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
