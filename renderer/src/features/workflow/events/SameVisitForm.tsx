/**
 * The result given on the same visit: issued (a referral records the employer), refused on grounds,
 * or a consultation where the sub-type allows nothing else.
 */
import { useState } from 'react';
import { Group, Radio, Stack, Text } from '@mantine/core';
import { needsUnemployedRegistration } from '@shared/catalogue';
import { SERVICE_FLOWS } from '@shared/lifecycle';
import { GroundsField } from './GroundsField';
import { EMPTY_REFERRAL, ReferralFields, referralExtra } from './ReferralFields';
import { recordsReferral, type EventFormProps } from './types';
import { useEventForm } from './useEventForm';

export function SameVisitForm(props: EventFormProps) {
  const { t, button } = useEventForm(props);
  const { row, lang } = props;
  const service = props.catalogue.services[row.serviceId];
  const [sameVisit, setSameVisit] = useState<'issued' | 'refused' | 'consultation' | ''>('');
  const [grounds, setGrounds] = useState<string[]>([]);
  const [org, setOrg] = useState(EMPTY_REFERRAL);
  const consultationOnly = (SERVICE_FLOWS[row.serviceId].consultationSubTypes ?? []).includes(
    row.intake.subType ?? '',
  );
  const choice = consultationOnly ? 'consultation' : sameVisit;
  return (
    <Stack gap="xs">
      {!consultationOnly && (
        <Radio.Group
          label={t('form.outcome')}
          value={sameVisit}
          onChange={(v) => setSameVisit(v as 'issued' | 'refused')}
        >
          <Group mt={4}>
            <Radio value="issued" label={t('form.issued')} data-testid="wf-same-visit-issued" />
            <Radio value="refused" label={t('form.refused')} data-testid="wf-same-visit-refused" />
          </Group>
        </Radio.Group>
      )}
      {consultationOnly && <Text size="sm">{t('form.consultation')}</Text>}
      {choice === 'refused' && (
        <GroundsField service={service} row={row} lang={lang} value={grounds} onChange={setGrounds} />
      )}
      {choice === 'issued' && recordsReferral(row) && (
        <ReferralFields
          value={org}
          onChange={setOrg}
          withRegistration={needsUnemployedRegistration(service, row.intake.subType)}
        />
      )}
      {button(
        () =>
          choice === 'refused'
            ? { type: 'issue-same-visit', outcome: 'refused', grounds }
            : { type: 'issue-same-visit', outcome: (choice || 'issued') as 'issued' },
        () => (choice === 'issued' && recordsReferral(row) ? referralExtra(org) : {}),
      )}
    </Stack>
  );
}
