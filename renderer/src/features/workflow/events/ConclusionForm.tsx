/** The district commission's conclusion (needs or does not need), with the survey act's date. */
import { useState } from 'react';
import { Group, Radio, Stack } from '@mantine/core';
import { DateInput } from '../../../ui/DateInput';
import type { EventFormProps } from './types';
import { useEventForm } from './useEventForm';

export function ConclusionForm(props: EventFormProps) {
  const { t, button } = useEventForm(props);
  const [conclusion, setConclusion] = useState<'need' | 'no-need' | ''>('');
  const [actDate, setActDate] = useState('');
  return (
    <Stack gap="xs">
      <DateInput
        label={t('form.surveyActDate')}
        value={actDate}
        onChange={setActDate}
        data-testid="wf-act-date"
      />
      <Radio.Group
        label={t('form.conclusion')}
        value={conclusion}
        onChange={(v) => setConclusion(v as 'need' | 'no-need')}
      >
        <Group mt={4}>
          <Radio value="need" label={t('form.need')} data-testid="wf-conclusion-need" />
          <Radio value="no-need" label={t('form.noNeed')} data-testid="wf-conclusion-no-need" />
        </Group>
      </Radio.Group>
      {button(
        () => ({ type: 'submit-conclusion', conclusion: conclusion as 'need' }),
        () => (actDate ? { surveyActDate: actDate } : {}),
      )}
    </Stack>
  );
}
