/** The employer a same-visit referral is made out to, and the unemployed registration where it is needed. */
import { Group, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../../ui/DateInput';

export interface Referral {
  name: string;
  address: string;
  position: string;
  regNumber: string;
  regSince: string;
}

export const EMPTY_REFERRAL: Referral = { name: '', address: '', position: '', regNumber: '', regSince: '' };

/** As kept in the audit beside the event. */
export const referralExtra = (org: Referral) => ({
  referral: {
    organisation: org.name.trim(),
    address: org.address.trim(),
    position: org.position.trim(),
    unemployedNumber: org.regNumber.trim(),
    unemployedSince: org.regSince,
  },
});

interface Props {
  value: Referral;
  onChange: (next: Referral) => void;
  withRegistration: boolean;
}

export function ReferralFields({ value: org, onChange, withRegistration }: Props) {
  const { t } = useTranslation('workflow');
  const text = (k: keyof Referral) => (e: React.ChangeEvent<HTMLInputElement>) =>
    onChange({ ...org, [k]: e.currentTarget.value });
  return (
    <Stack gap={4}>
      <TextInput
        label={t('form.organisation')}
        value={org.name}
        onChange={text('name')}
        data-testid="wf-org-name"
      />
      <TextInput
        label={t('form.organisationAddress')}
        value={org.address}
        onChange={text('address')}
        data-testid="wf-org-address"
      />
      <TextInput
        label={t('form.position')}
        value={org.position}
        onChange={text('position')}
        data-testid="wf-org-position"
      />
      {withRegistration && (
        <Group grow>
          <TextInput
            label={t('form.unemployedNumber')}
            value={org.regNumber}
            onChange={text('regNumber')}
            data-testid="wf-unemployed-number"
          />
          <DateInput
            label={t('form.unemployedSince')}
            value={org.regSince}
            onChange={(v) => onChange({ ...org, regSince: v })}
            data-testid="wf-unemployed-since"
          />
        </Group>
      )}
    </Stack>
  );
}
