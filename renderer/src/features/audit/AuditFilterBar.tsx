/** The audit viewer's filters: period, user, action and case number. */
import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/hooks';
import { actionLabel, type SummaryContext } from '../../audit/summary';
import type { UserRow } from '../../store';
import { DateInput } from '../../ui/DateInput';

export interface AuditFilterValues {
  from: string;
  to: string;
  userId: string;
  action: string;
  caseText: string;
}

export function AuditFilterBar({
  values: { from, to, userId, action, caseText },
  set,
  badPeriod,
  badCase,
  users,
  actions,
  ctx,
}: {
  values: AuditFilterValues;
  set: Record<keyof AuditFilterValues, (value: string) => void>;
  badPeriod: boolean;
  badCase: boolean;
  users: UserRow[] | undefined;
  actions: string[] | undefined;
  ctx: SummaryContext;
}) {
  const { t } = useTranslation('audit');
  const lang = useLang();
  const userOptions = [
    { value: '', label: t('filters.anyUser') },
    ...[...(users ?? [])]
      .sort((a, b) => a.fullName.localeCompare(b.fullName, lang))
      .map((u) => ({ value: u.id, label: `${u.fullName} (${u.login})` })),
  ];
  const actionOptions = [
    { value: '', label: t('filters.anyAction') },
    ...(actions ?? [])
      .map((a) => ({ value: a, label: actionLabel(a, ctx) }))
      .sort((a, b) => a.label.localeCompare(b.label, lang)),
  ];

  return (
    <Group gap="sm" align="flex-start" role="group" aria-label={t('title')}>
      <DateInput
        label={t('filters.from')}
        value={from}
        onChange={set.from}
        error={badPeriod ? t('filters.badPeriod') : undefined}
        data-testid="audit-from"
      />
      <DateInput label={t('filters.to')} value={to} onChange={set.to} data-testid="audit-to" />
      <NativeSelect
        label={t('filters.user')}
        value={userId}
        onChange={(e) => set.userId(e.currentTarget.value)}
        data={userOptions}
        w={280}
        data-testid="audit-user"
      />
      <NativeSelect
        label={t('filters.action')}
        value={action}
        onChange={(e) => set.action(e.currentTarget.value)}
        data={actionOptions}
        w={280}
        data-testid="audit-action"
      />
      <TextInput
        label={t('filters.case')}
        value={caseText}
        onChange={(e) => set.caseText(e.currentTarget.value)}
        error={badCase ? t('filters.badCase') : undefined}
        inputMode="numeric"
        w={220}
        data-testid="audit-case"
      />
    </Group>
  );
}
