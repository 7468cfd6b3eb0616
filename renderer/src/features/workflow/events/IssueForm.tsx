/**
 * Issue of the result. At the ЦОН (3.1 B9; 3.9 B13): handed over on presentation of the receipt, to
 * whom is recorded. At the district: in person or by post.
 */
import { useState } from 'react';
import { Checkbox, Group, Radio, Stack, TextInput } from '@mantine/core';
import type { EventFormProps } from './types';
import { useEventForm } from './useEventForm';

export function IssueForm(props: EventFormProps) {
  return props.row.state.status === 'ready-for-pickup' ? (
    <CenterIssue {...props} />
  ) : (
    <DistrictIssue {...props} />
  );
}

function CenterIssue(props: EventFormProps) {
  const { t, button } = useEventForm(props);
  const applicant = props.row.intake.applicant;
  const [recipient, setRecipient] = useState(
    [applicant.surname, applicant.name, applicant.patronymic].filter(Boolean).join(' '),
  );
  const [receiptPresented, setReceiptPresented] = useState(false);
  const who = recipient.trim();
  return (
    <Stack gap="xs">
      <TextInput
        label={t('form.recipient')}
        value={recipient}
        onChange={(e) => setRecipient(e.currentTarget.value)}
        data-testid="wf-recipient"
      />
      <Checkbox
        label={t('form.receiptPresented')}
        checked={receiptPresented}
        onChange={(e) => setReceiptPresented(e.currentTarget.checked)}
        data-testid="wf-receipt-presented"
      />
      {button(
        () => ({ type: 'issue', delivery: 'center' }),
        () => ({ recipient: who, receiptPresented: true }),
        !receiptPresented || who === '',
      )}
    </Stack>
  );
}

function DistrictIssue(props: EventFormProps) {
  const { t, button } = useEventForm(props);
  const [delivery, setDelivery] = useState<'in-person' | 'post' | ''>('');
  return (
    <Stack gap="xs">
      <Radio.Group
        label={t('form.delivery')}
        value={delivery}
        onChange={(v) => setDelivery(v as 'in-person' | 'post')}
      >
        <Group mt={4}>
          <Radio
            value="in-person"
            label={t('lifecycle:deliveries.in-person')}
            data-testid="wf-delivery-in-person"
          />
          <Radio value="post" label={t('lifecycle:deliveries.post')} data-testid="wf-delivery-post" />
        </Group>
      </Radio.Group>
      {button(() => ({ type: 'issue', delivery: delivery as 'post' }))}
    </Stack>
  );
}
