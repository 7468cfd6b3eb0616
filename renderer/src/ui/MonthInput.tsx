/**
 * The UI kit's month field: «ноябрь 2026» / «2026 жылғы қараша» from the project's own tables, typed
 * as 11.2026 or by name, or picked from a year of months. Replaces `<input type="month">`, which
 * shows "November 2026" in Debian Chromium. The value is "YYYY-MM" or ''.
 */
import { useCallback, useState, type ReactNode } from 'react';
import { ActionIcon, Button, Group, Popover, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMonthText, parseMonthText, type YearMonth } from '@shared/i18n/date-input';
import { monthName } from '@shared/i18n/format';
import { toAlmatyDate } from '@shared/time/almaty';
import { useLang, useNow } from '../app/hooks';
import { CalendarIcon } from './CalendarIcon';
import { useTypedValue } from './useTypedValue';

export interface MonthInputProps {
  value: YearMonth | '';
  onChange: (value: YearMonth | '') => void;
  label?: ReactNode;
  error?: ReactNode;
  w?: number | string;
  'data-testid'?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function MonthInput(props: MonthInputProps) {
  const { t } = useTranslation('common');
  const lang = useLang();
  const format = useCallback((v: YearMonth | '') => formatMonthText(v, lang), [lang]);
  const field = useTypedValue(props.value, props.onChange, parseMonthText, format);
  const [open, setOpen] = useState(false);
  const now = useNow();
  const [year, setYear] = useState(() => Number((props.value || toAlmatyDate(now)).slice(0, 4)));
  const testId = props['data-testid'];
  return (
    <TextInput
      label={props.label}
      w={props.w ?? 200}
      value={field.text}
      placeholder={t('monthInput.placeholder')}
      onChange={(e) => field.type(e.currentTarget.value)}
      onBlur={field.blur}
      error={props.error ?? (field.invalid ? t('monthInput.invalid') : undefined)}
      data-testid={testId}
      rightSection={
        <Popover opened={open} onChange={setOpen} position="bottom-end" withinPortal trapFocus>
          <Popover.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('monthInput.open')}
              onClick={() => setOpen((o) => !o)}
              data-testid={testId ? `${testId}-calendar` : undefined}
            >
              <CalendarIcon />
            </ActionIcon>
          </Popover.Target>
          <Popover.Dropdown data-testid="month-grid">
            <Group justify="space-between" mb={6}>
              <ActionIcon
                variant="subtle"
                onClick={() => setYear(year - 1)}
                aria-label={t('monthInput.prevYear')}
              >
                ‹
              </ActionIcon>
              <Text fw={600} size="sm">
                {year}
              </Text>
              <ActionIcon
                variant="subtle"
                onClick={() => setYear(year + 1)}
                aria-label={t('monthInput.nextYear')}
              >
                ›
              </ActionIcon>
            </Group>
            <SimpleGrid cols={3} spacing={4} verticalSpacing={4}>
              {Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`).map((m, i) => (
                <Button
                  key={m}
                  size="compact-sm"
                  variant={m === props.value ? 'filled' : 'subtle'}
                  data-month={m}
                  onClick={() => {
                    field.pick(m);
                    setOpen(false);
                  }}
                >
                  {monthName(i + 1, lang)}
                </Button>
              ))}
            </SimpleGrid>
          </Popover.Dropdown>
        </Popover>
      }
    />
  );
}
