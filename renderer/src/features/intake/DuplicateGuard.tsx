/** The open cases of the same person and service, with the reason to accept one more (docs/decisions.md). */
import { Button, Group, List, Paper, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCaseNumber } from '@shared/case-number';
import { formatDate } from '@shared/i18n/format';
import type { Lang } from '@shared/i18n/lang';
import type { CaseRow } from '../../store';
import { intakeTextError } from './limits';

export function DuplicateGuard(props: {
  duplicates: CaseRow[];
  reason: string;
  reasonError: boolean;
  busy: boolean;
  lang: Lang;
  onReason: (text: string) => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['intake', 'lifecycle']);
  // The reason is stored with the case: the schema's limit applies as typed.
  const limit = intakeTextError('duplicateReason', props.reason);
  return (
    <Paper withBorder p="md" mt="md" bg="yellow.0" data-testid="duplicate-guard">
      <Text fw={600}>{t('duplicate.title', { count: props.duplicates.length })}</Text>
      <List size="sm" my="xs">
        {props.duplicates.map((d) => (
          <List.Item key={d.id} data-testid={`duplicate-${d.id}`}>
            {t('duplicate.item', {
              number: formatCaseNumber(d.id),
              date: formatDate(d.acceptedAt, props.lang),
              status: t(`lifecycle:statuses.${d.status}`, { defaultValue: d.status }),
            })}
          </List.Item>
        ))}
      </List>
      <Textarea
        label={t('duplicate.reason')}
        value={props.reason}
        onChange={(e) => props.onReason(e.currentTarget.value)}
        error={
          limit ? t(limit.key, limit.params) : props.reasonError ? t('duplicate.reasonRequired') : undefined
        }
        required
        data-testid="duplicate-reason"
      />
      <Group mt="sm">
        <Button
          color="orange"
          onClick={props.onConfirm}
          loading={props.busy}
          disabled={limit !== null}
          data-testid="duplicate-confirm"
        >
          {t('duplicate.confirm')}
        </Button>
        <Button variant="default" onClick={props.onCancel} data-testid="duplicate-cancel">
          {t('duplicate.cancel')}
        </Button>
      </Group>
    </Paper>
  );
}
