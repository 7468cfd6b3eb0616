/**
 * The import plan as a person sees it before anything is written (issue 10): every case part with
 * what will happen, and above it each refused or conflicting case with its reason in the user's
 * language. Nothing of those cases is written; the rest only on "Apply".
 */
import { memo } from 'react';
import { Alert, List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCaseNumber } from '@shared/case-number';
import type { PlannedPart } from '@shared/registry';
import type { ReadyPreview } from '../../registry/importRegistry';

type Plan = ReadyPreview['plan'];

const heldBack = (p: PlannedPart) => p.action === 'not-owner' || p.action === 'conflict';

/** Cases of which nothing is written, and why. */
export function HeldBack({ plan }: { plan: Plan }) {
  const { t } = useTranslation('registries');
  const held = plan.cases.filter((c) => c.parts.some(heldBack));
  if (held.length === 0) return null;
  return (
    <Alert color="orange" data-testid="import-held-back">
      <Text fw={600}>{t('import.heldBack', { count: held.length })}</Text>
      <List spacing={2} size="sm">
        {held.map((c) =>
          c.parts.filter(heldBack).map((p) => (
            <List.Item
              key={`${c.number}-${p.part}`}
              data-testid={`held-${c.number}-${p.part}`}
              data-reason={p.reason ?? p.action}
            >
              {formatCaseNumber(c.number)} · {t(`parts.${p.part}`, { defaultValue: p.part })}:{' '}
              {p.reason ? t(`registry:ownership.${p.reason}`) : t(`registry:merge.${p.action}`)}
            </List.Item>
          )),
        )}
      </List>
    </Alert>
  );
}

/** Cases of the plan that will be written on "Apply". */
export const writtenCount = (plan: Plan) => plan.cases.filter((c) => c.write !== undefined).length;

/**
 * The merge plan, one row per case part. Memoised: Apply reports progress every 50 cases, and
 * re-rendering thousands of rows on each report made a 5,000-case import several times slower.
 */
export const PlanTable = memo(function PlanTable({ plan }: { plan: Plan }) {
  const { t } = useTranslation('registries');
  return (
    <Table striped data-testid="import-plan">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('columns.number')}</Table.Th>
          <Table.Th>{t('columns.part')}</Table.Th>
          <Table.Th>{t('columns.action')}</Table.Th>
          <Table.Th>{t('columns.reason')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {plan.cases.flatMap((c) =>
          c.parts.map((p) => (
            <Table.Tr
              key={`${c.number}-${p.part}`}
              data-testid={`plan-${c.number}-${p.part}`}
              data-action={p.action}
              data-reason={p.reason ?? ''}
            >
              <Table.Td>{formatCaseNumber(c.number)}</Table.Td>
              <Table.Td>{t(`parts.${p.part}`, { defaultValue: p.part })}</Table.Td>
              <Table.Td>{t(`registry:merge.${p.action}`)}</Table.Td>
              <Table.Td>{p.reason ? t(`registry:ownership.${p.reason}`) : ''}</Table.Td>
            </Table.Tr>
          )),
        )}
      </Table.Tbody>
    </Table>
  );
});
