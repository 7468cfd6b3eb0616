/**
 * The UI kit's date field: typed as 15.03.2026 in both languages, or picked from a month grid whose
 * names come from the project's own ru/kk tables (shared/i18n). Replaces `<input type="date">`, which
 * shows mm/dd/yyyy and English month names in Debian Chromium. The value is an ISO date or ''.
 */
import { useState, type ReactNode } from 'react';
import { ActionIcon, Group, Popover, SimpleGrid, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { calendarStart, formatDateText, monthGrid, parseDateText } from '@shared/i18n/date-input';
import { formatMonthText } from '@shared/i18n/date-input';
import { toAlmatyDate, type LocalDate } from '@shared/time/almaty';
import { useLang, useNow } from '../app/hooks';
import { CalendarIcon } from './CalendarIcon';
import { useTypedValue } from './useTypedValue';

export interface DateInputProps {
  value: LocalDate | '';
  onChange: (value: LocalDate | '') => void;
  label?: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  w?: number | string;
  'data-testid'?: string;
}

export function DateInput(props: DateInputProps) {
  const { t } = useTranslation('common');
  const field = useTypedValue(props.value, props.onChange, parseDateText, formatDateText);
  const [open, setOpen] = useState(false);
  const testId = props['data-testid'];
  return (
    <TextInput
      label={props.label}
      description={props.description}
      required={props.required}
      disabled={props.disabled}
      w={props.w ?? 170}
      value={field.text}
      placeholder={t('dateInput.placeholder')}
      inputMode="numeric"
      onChange={(e) => field.type(e.currentTarget.value)}
      onBlur={field.blur}
      error={props.error ?? (field.invalid ? t('dateInput.invalid') : undefined)}
      data-testid={testId}
      rightSection={
        <Popover opened={open} onChange={setOpen} position="bottom-end" withinPortal trapFocus>
          <Popover.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              disabled={props.disabled}
              aria-label={t('dateInput.open')}
              onClick={() => setOpen((o) => !o)}
              data-testid={testId ? `${testId}-calendar` : undefined}
            >
              <CalendarIcon />
            </ActionIcon>
          </Popover.Target>
          <Popover.Dropdown>
            <MonthGrid
              value={props.value}
              onPick={(d) => {
                field.pick(d);
                setOpen(false);
              }}
            />
          </Popover.Dropdown>
        </Popover>
      }
    />
  );
}

function MonthGrid({ value, onPick }: { value: LocalDate | ''; onPick: (d: LocalDate) => void }) {
  const { t } = useTranslation('common');
  const lang = useLang();
  const today = toAlmatyDate(useNow());
  const [shown, setShown] = useState(() => calendarStart(value, today));
  const step = (delta: number) => {
    const index = shown.year * 12 + shown.month - 1 + delta;
    setShown({ year: Math.floor(index / 12), month: (index % 12) + 1 });
  };
  const weekdays = t('dateInput.weekdays').split(' ');
  const title = formatMonthText(`${shown.year}-${String(shown.month).padStart(2, '0')}`, lang);
  return (
    <div data-testid="date-grid">
      <Group justify="space-between" mb={6} wrap="nowrap">
        <ActionIcon variant="subtle" onClick={() => step(-1)} aria-label={t('dateInput.prevMonth')}>
          ‹
        </ActionIcon>
        <Text fw={600} size="sm" data-testid="date-grid-title">
          {title}
        </Text>
        <ActionIcon variant="subtle" onClick={() => step(1)} aria-label={t('dateInput.nextMonth')}>
          ›
        </ActionIcon>
      </Group>
      <SimpleGrid cols={7} spacing={2} verticalSpacing={2}>
        {weekdays.map((w) => (
          <Text key={w} size="xs" c="dimmed" ta="center">
            {w}
          </Text>
        ))}
        {monthGrid(shown.year, shown.month)
          .flat()
          .map((d, i) =>
            d ? (
              <UnstyledButton
                key={d}
                onClick={() => onPick(d)}
                data-date={d}
                aria-pressed={d === value}
                style={{
                  textAlign: 'center',
                  padding: '4px 6px',
                  borderRadius: 4,
                  fontSize: 13,
                  background: d === value ? 'var(--mantine-color-blue-filled)' : undefined,
                  color: d === value ? 'white' : undefined,
                  outline: d === today ? '1px solid var(--mantine-color-blue-4)' : undefined,
                }}
              >
                {Number(d.slice(8))}
              </UnstyledButton>
            ) : (
              <span key={`pad-${i}`} />
            ),
          )}
      </SimpleGrid>
    </div>
  );
}
