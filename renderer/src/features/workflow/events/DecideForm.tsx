/** The decision: approval with amount and period, or refusal on grounds (only refusal after a refused survey). */
import { useState } from 'react';
import { Group, NumberInput, Radio, Stack } from '@mantine/core';
import { defaultPeriodMonths } from '@shared/catalogue';
import { GroundsField } from './GroundsField';
import type { EventFormProps } from './types';
import { useEventForm } from './useEventForm';

export function DecideForm(props: EventFormProps) {
  const { t, button } = useEventForm(props);
  const { row, lang } = props;
  const service = props.catalogue.services[row.serviceId];
  const [outcome, setOutcome] = useState<'approved' | 'refused' | ''>('');
  const [amount, setAmount] = useState<number | string>('');
  const [period, setPeriod] = useState<number | string>(defaultPeriodMonths(service) ?? '');
  const [grounds, setGrounds] = useState<string[]>([]);
  const onlyRefusal = row.status === 'survey-refused';
  return (
    <Stack gap="xs">
      <Radio.Group
        label={t('form.outcome')}
        value={onlyRefusal ? 'refused' : outcome}
        onChange={(v) => setOutcome(v as 'approved' | 'refused')}
      >
        <Group mt={4}>
          {!onlyRefusal && (
            <Radio value="approved" label={t('form.approved')} data-testid="wf-outcome-approved" />
          )}
          <Radio value="refused" label={t('form.refused')} data-testid="wf-outcome-refused" />
        </Group>
      </Radio.Group>
      {outcome === 'approved' && !onlyRefusal && (
        <Group grow>
          <NumberInput
            label={t('form.amount')}
            min={0}
            value={amount}
            onChange={setAmount}
            thousandSeparator=" "
            data-testid="wf-amount"
          />
          <NumberInput
            label={t('form.periodMonths')}
            min={1}
            allowDecimal={false}
            value={period}
            onChange={setPeriod}
            data-testid="wf-period"
          />
        </Group>
      )}
      {(outcome === 'refused' || onlyRefusal) && (
        <GroundsField service={service} row={row} lang={lang} value={grounds} onChange={setGrounds} />
      )}
      {button(() => {
        const o = onlyRefusal ? 'refused' : outcome;
        if (o === 'refused') return { type: 'decide', outcome: 'refused', grounds };
        return {
          type: 'decide',
          outcome: o as 'approved',
          ...(typeof amount === 'number' ? { amount } : {}),
          ...(typeof period === 'number' ? { periodMonths: period } : {}),
        };
      })}
    </Stack>
  );
}
