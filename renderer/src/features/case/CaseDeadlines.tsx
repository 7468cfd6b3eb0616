/** A case's due dates: same visit, both clocks of a ЦОН case, the housing period, overdue. */
import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, monthName } from '@shared/i18n/format';
import type { Lang } from '@shared/i18n/lang';
import type { CaseRow } from '../../store';
import { Field } from './CaseFields';

export function CaseDeadlines({ row, lang, late }: { row: CaseRow; lang: Lang; late: boolean }) {
  const { t } = useTranslation('journal');
  const d = row.deadlines;
  const date = (v: string) => formatDate(v, lang);
  return (
    <Stack gap={4}>
      {d.sameVisit ? (
        <Text size="sm">
          {t('case.deadlines.sameVisit', { at: formatDateTime(d.sameVisit.endBy, lang) })}
        </Text>
      ) : null}
      {d.centerClock ? (
        <Text size="sm" data-testid="case-center-clock">
          {t('case.deadlines.centerClock', {
            due: date(d.centerClock.due),
            issue: date(d.centerClock.issueDate),
          })}
        </Text>
      ) : null}
      {d.districtClock ? (
        <Text size="sm" data-testid="case-district-clock">
          {d.districtClock.registeredOn && d.districtClock.due
            ? t('case.deadlines.districtClock', {
                registered: date(d.districtClock.registeredOn),
                due: date(d.districtClock.due),
              })
            : t('case.deadlines.districtPending')}
        </Text>
      ) : null}
      {!d.centerClock && d.due ? (
        <Field label={t('case.deadlines.due')} testId="case-due">
          {date(d.due)}
        </Field>
      ) : null}
      {!d.centerClock && d.issueDate ? (
        <Field label={t('case.deadlines.issueDate')}>{date(d.issueDate)}</Field>
      ) : null}
      {d.housingPeriod ? (
        <Text size="sm">
          {t('case.deadlines.housingPeriod', {
            from: yearMonth(d.housingPeriod.startMonth, lang),
            to: yearMonth(d.housingPeriod.endMonth, lang),
          })}
        </Text>
      ) : null}
      {late ? (
        <Badge color="red" data-testid="case-overdue">
          {t('case.deadlines.overdue')}
        </Badge>
      ) : null}
    </Stack>
  );
}

function yearMonth(ym: string, lang: Lang): string {
  return `${monthName(Number(ym.slice(5, 7)), lang)} ${ym.slice(0, 4)}`;
}
