/** The working calendar's corrections: the list, removal, and a new one with its reason in both languages. */
import { useState } from 'react';
import { Alert, Button, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CalendarCorrection } from '@shared/calendar';
import { useLang } from '../i18n/useLang';
import { useDb } from '../db/DbContext';
import {
  BilingualTextInput,
  EMPTY_BILINGUAL,
  isBilingualFilled,
  type Bilingual,
} from '../ui/BilingualTextInput';
import { DateInput } from '../ui/DateInput';
import { useErrorMessage } from '../ui/errorMessage';
import { saveCorrections, type Rules } from './rules';

/** The save time; outside render (an event handler's clock, not the component's). */
const clock = () => Date.now();

export function CorrectionsEditor({ rules, actorId }: { rules: Rules; actorId: string }) {
  const { t } = useTranslation('rules');
  const lang = useLang();
  const db = useDb();
  const describe = useErrorMessage();
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<CalendarCorrection['kind']>('day-off');
  const [reason, setReason] = useState<Bilingual>(EMPTY_BILINGUAL);
  const [error, setError] = useState<string | null>(null);

  const store = async (next: CalendarCorrection[]): Promise<boolean> => {
    setError(null);
    const r = await saveCorrections(db, next, actorId, clock());
    if (!r.ok) setError(r.error.code === 'invalid' ? describe(r.error.cause) : t('notAllowed'));
    return r.ok;
  };
  const add = async () => {
    const row: CalendarCorrection = { date, kind, reason: { ru: reason.ru.trim(), kk: reason.kk.trim() } };
    if (await store([...rules.corrections, row].sort((a, b) => (a.date < b.date ? -1 : 1)))) {
      setDate('');
      setReason(EMPTY_BILINGUAL);
    }
  };

  return (
    <Stack gap="xs">
      <Title order={4}>{t('calendar.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('calendar.hint')}
      </Text>
      {rules.corrections.length === 0 ? (
        <Text size="sm">{t('calendar.empty')}</Text>
      ) : (
        <Table withTableBorder w="auto" data-testid="rules-corrections">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('calendar.date')}</Table.Th>
              <Table.Th>{t('calendar.kind')}</Table.Th>
              <Table.Th>{t('calendar.reasonRu')}</Table.Th>
              <Table.Th>{t('calendar.reasonKk')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rules.corrections.map((c) => (
              <Table.Tr key={c.date} data-testid={`correction-row-${c.date}`}>
                <Table.Td>{c.date}</Table.Td>
                <Table.Td>{t(`calendar.${c.kind}`)}</Table.Td>
                <Table.Td>{c.reason.ru}</Table.Td>
                <Table.Td lang={lang === 'kk' ? 'kk' : undefined}>{c.reason.kk}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => void store(rules.corrections.filter((x) => x.date !== c.date))}
                  >
                    {t('calendar.remove')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group align="end">
        <DateInput label={t('calendar.date')} data-testid="correction-date" value={date} onChange={setDate} />
        <NativeSelect
          label={t('calendar.kind')}
          data-testid="correction-kind"
          value={kind}
          data={(['day-off', 'working-day'] as const).map((k) => ({ value: k, label: t(`calendar.${k}`) }))}
          onChange={(e) => setKind(e.currentTarget.value === 'working-day' ? 'working-day' : 'day-off')}
        />
        <BilingualTextInput
          value={reason}
          onChange={setReason}
          labels={{ ru: t('calendar.reasonRu'), kk: t('calendar.reasonKk') }}
          testIdPrefix="correction"
        />
        <Button
          variant="default"
          data-testid="correction-add"
          disabled={date === '' || !isBilingualFilled(reason)}
          onClick={() => void add()}
        >
          {t('calendar.add')}
        </Button>
      </Group>
      {error && (
        <Alert color="red" data-testid="correction-error">
          {t('invalid', { message: error })}
        </Alert>
      )}
    </Stack>
  );
}
