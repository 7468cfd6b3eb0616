/**
 * One form per lifecycle event: it only gathers the payload. Whether the step is allowed, and
 * whether the payload is complete, is the lifecycle's answer (shown by the panel).
 */
import { useState } from 'react';
import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  Radio,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  defaultPeriodMonths,
  evaluate,
  needsUnemployedRegistration,
  SUBTYPE_KEY,
  type Catalogue,
  type ServiceDef,
} from '@shared/catalogue';
import type { Lang } from '@shared/i18n/lang';
import type { CaseEvent, EventType } from '@shared/lifecycle';
import { SERVICE_FLOWS } from '@shared/lifecycle';
import { useUsersWithRole, type CaseRow } from '../../store';
import { DateInput } from '../../ui/DateInput';

/** The same-visit result is a referral to an employer: the form records the organisation (3.3 §11). */
export const recordsReferral = (row: Pick<CaseRow, 'serviceId'>) =>
  SERVICE_FLOWS[row.serviceId].approvedDocument === 'referral';

export interface EventSubmission {
  event: CaseEvent;
  /** Facts kept in the audit beside the event (survey act date, protocol). */
  extra?: Record<string, unknown>;
}

interface Props {
  type: EventType;
  row: CaseRow;
  catalogue: Catalogue;
  lang: Lang;
  busy: boolean;
  onSubmit: (s: EventSubmission) => void;
}

/** Refusal grounds of the service as choices; a ground is identified by its source paragraph. */
export function groundChoices(
  service: ServiceDef,
  lang: Lang,
  subType: string | null,
  answers: Readonly<Record<string, string>> = {},
) {
  const situation = { ...answers, ...(subType ? { [SUBTYPE_KEY]: subType } : {}) };
  return service.grounds.refusal
    .filter((g) => !g.appliesWhen || evaluate(g.appliesWhen, situation))
    .map((g) => ({
      value: g.source,
      label: `${g.number ? `${g.number}. ` : ''}${g.text[lang]}`,
    }));
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function EventForm({ type, row, catalogue, lang, busy, onSubmit }: Props) {
  const { t } = useTranslation(['workflow', 'lifecycle']);
  const service = catalogue.services[row.serviceId];
  const [journalNumber, setJournalNumber] = useState(row.intake.incomingNumber ?? '');
  const [assignee, setAssignee] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<string[]>([]);
  const [missingOther, setMissingOther] = useState('');
  const [conclusion, setConclusion] = useState<'need' | 'no-need' | ''>('');
  const [actDate, setActDate] = useState('');
  const [protocol, setProtocol] = useState('');
  const [outcome, setOutcome] = useState<'approved' | 'refused' | ''>('');
  const [amount, setAmount] = useState<number | string>('');
  const [period, setPeriod] = useState<number | string>(defaultPeriodMonths(service) ?? '');
  const [grounds, setGrounds] = useState<string[]>([]);
  const [delivery, setDelivery] = useState<'in-person' | 'post' | ''>('');
  const applicant = row.intake.applicant;
  const [recipient, setRecipient] = useState(
    [applicant.surname, applicant.name, applicant.patronymic].filter(Boolean).join(' '),
  );
  const [receiptPresented, setReceiptPresented] = useState(false);
  const [sameVisit, setSameVisit] = useState<'issued' | 'refused' | 'consultation' | ''>('');
  const [org, setOrg] = useState({ name: '', address: '', position: '', regNumber: '', regSince: '' });
  const setOrgField = (k: keyof typeof org) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setOrg({ ...org, [k]: e.currentTarget.value });
  const specialists = useUsersWithRole('responsible-specialist', type === 'assign');

  const submit = (event: CaseEvent, extra?: Record<string, unknown>) =>
    onSubmit(extra ? { event, extra } : { event });
  const button = (event: () => CaseEvent, extra?: () => Record<string, unknown>) => (
    <Group>
      <Button loading={busy} onClick={() => submit(event(), extra?.())} data-testid={`wf-submit-${type}`}>
        {t(`lifecycle:events.${type}`)}
      </Button>
    </Group>
  );
  const groundsField = (
    <Checkbox.Group label={t('form.grounds')} value={grounds} onChange={setGrounds} data-testid="wf-grounds">
      <Stack gap={4} mt={4}>
        {groundChoices(service, lang, row.intake.subType, row.intake.answers).map((g, i) => (
          <Checkbox key={g.value} value={g.value} label={g.label} data-testid={`wf-ground-${i}`} />
        ))}
      </Stack>
    </Checkbox.Group>
  );

  switch (type) {
    case 'register':
      return (
        <Stack gap="xs">
          <TextInput
            label={t('form.journalNumber')}
            value={journalNumber}
            onChange={(e) => setJournalNumber(e.currentTarget.value)}
            data-testid="wf-journal-number"
          />
          {button(() => (journalNumber.trim() ? { type, journalNumber: journalNumber.trim() } : { type }))}
        </Stack>
      );
    case 'assign':
      return (
        <Stack gap="xs">
          <Select
            label={t('form.assignee')}
            placeholder={t('form.assigneePlaceholder')}
            data={(specialists ?? []).map((u) => ({ value: u.id, label: u.fullName }))}
            value={assignee}
            onChange={setAssignee}
            nothingFoundMessage={t('form.noSpecialists')}
            data-testid="wf-assignee"
          />
          {(specialists ?? []).length === 0 && (
            <Text size="sm" c="dimmed">
              {t('form.noSpecialists')}
            </Text>
          )}
          <Group>
            <Button
              loading={busy}
              disabled={!assignee}
              onClick={() => submit({ type: 'assign', assigneeUserId: assignee ?? undefined })}
              data-testid="wf-submit-assign"
            >
              {t('lifecycle:events.assign')}
            </Button>
          </Group>
        </Stack>
      );
    case 'refuse-acceptance':
    case 'return-draft':
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
          {button(() => ({ type, reason }))}
        </Stack>
      );
    case 'return-incomplete':
      return (
        <Stack gap="xs">
          <Checkbox.Group
            label={t('form.missingDocuments')}
            value={missing}
            onChange={setMissing}
            data-testid="wf-missing"
          >
            <Stack gap={4} mt={4}>
              {service.documents.map((d, i) => (
                <Checkbox
                  key={d.id}
                  value={d.name[lang]}
                  label={`${d.number ? `${d.number}. ` : ''}${d.name[lang]}`}
                  data-testid={`wf-missing-${i}`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <Textarea
            label={t('form.missingOther')}
            value={missingOther}
            onChange={(e) => setMissingOther(e.currentTarget.value)}
            autosize
            minRows={2}
            data-testid="wf-missing-other"
          />
          {button(() => ({
            type: 'return-incomplete',
            missingDocuments: [...missing, ...lines(missingOther)],
          }))}
        </Stack>
      );
    case 'record-survey-refusal':
      return (
        <Stack gap="xs">
          <TextInput
            label={t('form.protocol')}
            value={protocol}
            onChange={(e) => setProtocol(e.currentTarget.value)}
            data-testid="wf-protocol"
          />
          {button(
            () => ({ type }),
            () => (protocol.trim() ? { protocol: protocol.trim() } : {}),
          )}
        </Stack>
      );
    case 'submit-conclusion':
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
    case 'decide': {
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
          {(outcome === 'refused' || onlyRefusal) && groundsField}
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
    case 'issue':
      // At the ЦОН (3.1 B9; 3.9 B13): handed over on presentation of the receipt, to whom is recorded.
      if (row.state.status === 'ready-for-pickup') {
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
            <Group>
              <Button
                loading={busy}
                disabled={!receiptPresented || who === ''}
                onClick={() =>
                  submit({ type: 'issue', delivery: 'center' }, { recipient: who, receiptPresented: true })
                }
                data-testid="wf-submit-issue"
              >
                {t('lifecycle:events.issue')}
              </Button>
            </Group>
          </Stack>
        );
      }
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
    case 'issue-same-visit': {
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
          {choice === 'refused' && groundsField}
          {choice === 'issued' && recordsReferral(row) && (
            <Stack gap={4}>
              <TextInput
                label={t('form.organisation')}
                value={org.name}
                onChange={setOrgField('name')}
                data-testid="wf-org-name"
              />
              <TextInput
                label={t('form.organisationAddress')}
                value={org.address}
                onChange={setOrgField('address')}
                data-testid="wf-org-address"
              />
              <TextInput
                label={t('form.position')}
                value={org.position}
                onChange={setOrgField('position')}
                data-testid="wf-org-position"
              />
              {needsUnemployedRegistration(service, row.intake.subType) && (
                <Group grow>
                  <TextInput
                    label={t('form.unemployedNumber')}
                    value={org.regNumber}
                    onChange={setOrgField('regNumber')}
                    data-testid="wf-unemployed-number"
                  />
                  <DateInput
                    label={t('form.unemployedSince')}
                    value={org.regSince}
                    onChange={(v) => setOrg({ ...org, regSince: v })}
                    data-testid="wf-unemployed-since"
                  />
                </Group>
              )}
            </Stack>
          )}
          {button(
            () =>
              choice === 'refused'
                ? { type: 'issue-same-visit', outcome: 'refused', grounds }
                : { type: 'issue-same-visit', outcome: (choice || 'issued') as 'issued' },
            () =>
              choice === 'issued' && recordsReferral(row)
                ? {
                    referral: {
                      organisation: org.name.trim(),
                      address: org.address.trim(),
                      position: org.position.trim(),
                      unemployedNumber: org.regNumber.trim(),
                      unemployedSince: org.regSince,
                    },
                  }
                : {},
          )}
        </Stack>
      );
    }
    default:
      return button(() => ({ type }) as CaseEvent);
  }
}
