/** Steps with at most one field: registration (journal number), a reason, a survey refusal, none. */
import { useState } from 'react';
import { Stack, TextInput, Textarea } from '@mantine/core';
import type { CaseEvent } from '@shared/lifecycle';
import type { EventFormProps } from './types';
import { useEventForm } from './useEventForm';

export function RegisterForm(props: EventFormProps) {
  const { t, button } = useEventForm(props);
  const [journalNumber, setJournalNumber] = useState(props.row.intake.incomingNumber ?? '');
  return (
    <Stack gap="xs">
      <TextInput
        label={t('form.journalNumber')}
        value={journalNumber}
        onChange={(e) => setJournalNumber(e.currentTarget.value)}
        data-testid="wf-journal-number"
      />
      {button(() =>
        journalNumber.trim()
          ? { type: 'register', journalNumber: journalNumber.trim() }
          : { type: 'register' },
      )}
    </Stack>
  );
}

/** Refusal to accept and return of a draft: a reason in words. */
export function ReasonForm(props: EventFormProps) {
  const { t, button } = useEventForm(props);
  const [reason, setReason] = useState('');
  return (
    <Stack gap="xs">
      <Textarea
        label={t('form.reason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        autosize
        minRows={2}
        data-testid="wf-reason"
      />
      {button(() => ({ type: props.type as 'refuse-acceptance' | 'return-draft', reason }))}
    </Stack>
  );
}

export function SurveyRefusalForm(props: EventFormProps) {
  const { t, button } = useEventForm(props);
  const [protocol, setProtocol] = useState('');
  return (
    <Stack gap="xs">
      <TextInput
        label={t('form.protocol')}
        value={protocol}
        onChange={(e) => setProtocol(e.currentTarget.value)}
        data-testid="wf-protocol"
      />
      {button(
        () => ({ type: 'record-survey-refusal' }),
        () => (protocol.trim() ? { protocol: protocol.trim() } : {}),
      )}
    </Stack>
  );
}

/** A step without a payload: the button alone. */
export function PlainForm(props: EventFormProps) {
  const { button } = useEventForm(props);
  return button(() => ({ type: props.type }) as CaseEvent);
}
