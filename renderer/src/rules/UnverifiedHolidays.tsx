/**
 * Unverified days off (docs/calendar-kz.md: Kurban Ait of a coming year is announced only in that
 * year), shown to the administrator with a one-click correction: confirm the date, or move it. The
 * correction is an ordinary calendar correction, so it is audited and verifies the date.
 */
import { useState } from 'react';
import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  confirmCorrection,
  moveCorrections,
  unverifiedDays,
  type CalendarCorrection,
  type NonWorkingDay,
} from '@shared/calendar';
import { formatDate } from '@shared/i18n/format';
import { isLocalDate } from '@shared/time/almaty';
import { useLang } from '../i18n/useLang';
import { useDb } from '../db/DbContext';
import { saveCorrections, type Rules } from './rules';
import { DateInput } from '../ui/DateInput';
import type { LocalDate } from '@shared/time/almaty';

/** The save time, read in the event handler (not during render). */
const clock = () => Date.now();

/** New rows replace earlier rows of the same dates; the table stays in date order. */
export function withCorrections(
  current: readonly CalendarCorrection[],
  added: readonly CalendarCorrection[],
): CalendarCorrection[] {
  const dates = new Set(added.map((c) => c.date));
  return [...current.filter((c) => !dates.has(c.date)), ...added].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
}

export function UnverifiedHolidays({ rules, actorId }: { rules: Rules; actorId: string }) {
  const { t } = useTranslation('rules');
  const lang = useLang();
  const db = useDb();
  const [moveTo, setMoveTo] = useState<Record<string, string>>({});
  const [failed, setFailed] = useState(false);
  const days = unverifiedDays(rules.calendar);

  const store = async (added: CalendarCorrection[]) => {
    setFailed(false);
    const r = await saveCorrections(db, withCorrections(rules.corrections, added), actorId, clock());
    if (!r.ok) setFailed(true);
  };
  const target = (d: NonWorkingDay) => moveTo[d.date] ?? '';
  const canMove = (d: NonWorkingDay) =>
    isLocalDate(target(d)) && target(d) !== d.date && rules.calendar.covers(target(d));

  return (
    <Stack gap="xs" data-testid="unverified-holidays">
      <Title order={4}>{t('unverified.title')}</Title>
      {days.length === 0 ? (
        <Text size="sm">{t('unverified.none')}</Text>
      ) : (
        <>
          <Alert color="yellow">{t('unverified.hint')}</Alert>
          <Table withTableBorder w="auto">
            <Table.Tbody>
              {days.map((d) => (
                <Table.Tr key={d.date} data-testid={`unverified-${d.date}`}>
                  <Table.Td>{formatDate(d.date, lang)}</Table.Td>
                  <Table.Td>{d.reason[lang]}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      onClick={() => void store([confirmCorrection(d)])}
                      data-testid={`unverified-confirm-${d.date}`}
                    >
                      {t('unverified.confirm')}
                    </Button>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <DateInput
                        label={t('unverified.newDate')}
                        value={target(d) as LocalDate | ''}
                        onChange={(v) => setMoveTo({ ...moveTo, [d.date]: v })}
                        data-testid={`unverified-date-${d.date}`}
                      />
                      <Button
                        size="xs"
                        variant="light"
                        disabled={!canMove(d)}
                        onClick={() => void store(moveCorrections(d, target(d)))}
                        data-testid={`unverified-move-${d.date}`}
                      >
                        {t('unverified.move')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
      {failed && (
        <Alert color="red" data-testid="unverified-failed">
          {t('unverified.failed')}
        </Alert>
      )}
    </Stack>
  );
}
