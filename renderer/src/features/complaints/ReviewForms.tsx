/** The review steps the state machine allows now: assign, record the review, record the answer, withdraw. */
import { useState, type ReactNode } from 'react';
import { Alert, Button, Card, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  allowedComplaintEvents,
  COMPLAINT_OUTCOMES,
  ComplaintTransitionError,
  type ComplaintEvent,
  type ComplaintOutcome,
} from '@shared/complaints';
import { formatDate } from '@shared/i18n/format';
import { toAlmatyDate } from '@shared/time/almaty';
import { useLang } from '../../app/hooks';
import { useAuth } from '../../auth/AuthProvider';
import type { ComplaintRow } from '../../complaints/types';
import { officeTypeOf, useStore, type OfficeConfig } from '../../store';
import { DateInput } from '../../ui/DateInput';
import type { LocalDate } from '@shared/time/almaty';

export function ReviewForms({ row, office }: { row: ComplaintRow; office: OfficeConfig }) {
  const { t } = useTranslation('complaints');
  const lang = useLang();
  const store = useStore();
  const { user } = useAuth();
  const [error, setError] = useState<string | null>(null);
  const allowed = allowedComplaintEvents(row.status);
  const [responsible, setResponsible] = useState(row.responsible?.name ?? '');
  const [findings, setFindings] = useState(row.review?.findings ?? '');
  const [outcome, setOutcome] = useState<ComplaintOutcome | ''>(row.review?.outcome ?? '');
  const [reasons, setReasons] = useState(row.review?.reasons ?? '');
  const [outgoing, setOutgoing] = useState('');
  const [postedOn, setPostedOn] = useState(() => toAlmatyDate(Date.now()));
  const [reason, setReason] = useState('');
  if (!user || allowed.length === 0) return null;

  const run = async (event: ComplaintEvent) => {
    setError(null);
    const r = await store.applyComplaintAction(
      row.id,
      event,
      { user, officeType: officeTypeOf(office) },
      Date.now(),
    );
    if (r.ok) return;
    setError(
      r.error instanceof ComplaintTransitionError
        ? t(`transitionErrors.${r.error.code}`, { date: formatDate(row.registeredOn, lang) })
        : t(`errors.${r.error.code}`),
    );
  };

  const box = (title: string, children: ReactNode, testId: string) => (
    <Card withBorder data-testid={testId}>
      <Stack gap="xs">
        <Text fw={600}>{title}</Text>
        {children}
      </Stack>
    </Card>
  );

  return (
    <Stack gap="sm">
      {error && (
        <Alert color="red" data-testid="complaint-action-error">
          {error}
        </Alert>
      )}
      {allowed.includes('assign') &&
        box(
          t('review.assignTitle'),
          <>
            <TextInput
              label={t('review.responsible')}
              value={responsible}
              onChange={(e) => setResponsible(e.currentTarget.value)}
              data-testid="r-responsible"
            />
            <Button
              w="fit-content"
              onClick={() => void run({ type: 'assign', responsible })}
              data-testid="r-assign"
            >
              {t('review.assign')}
            </Button>
          </>,
          'r-assign-box',
        )}
      {allowed.includes('review') &&
        box(
          t('review.reviewTitle'),
          <>
            <Textarea
              label={t('review.findings')}
              autosize
              minRows={2}
              value={findings}
              onChange={(e) => setFindings(e.currentTarget.value)}
              data-testid="r-findings"
            />
            <NativeSelect
              label={t('review.outcome')}
              value={outcome}
              data={[
                { value: '', label: '—' },
                ...COMPLAINT_OUTCOMES.map((o) => ({ value: o, label: t(`outcomes.${o}`) })),
              ]}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setOutcome(
                  (COMPLAINT_OUTCOMES as readonly string[]).includes(v) ? (v as ComplaintOutcome) : '',
                );
              }}
              data-testid="r-outcome"
            />
            <Textarea
              label={t('review.reasons')}
              autosize
              minRows={2}
              value={reasons}
              onChange={(e) => setReasons(e.currentTarget.value)}
              data-testid="r-reasons"
            />
            <Button
              w="fit-content"
              onClick={() => void run({ type: 'review', findings, outcome, reasons })}
              data-testid="r-review"
            >
              {t('review.save')}
            </Button>
          </>,
          'r-review-box',
        )}
      {allowed.includes('answer') &&
        box(
          t('review.answerTitle'),
          <>
            <TextInput
              label={t('review.outgoingNumber')}
              value={outgoing}
              onChange={(e) => setOutgoing(e.currentTarget.value)}
              data-testid="r-outgoing"
            />
            <DateInput
              label={t('review.postedOn')}
              value={postedOn as LocalDate | ''}
              onChange={setPostedOn}
              data-testid="r-posted-on"
            />
            <Button
              w="fit-content"
              onClick={() => void run({ type: 'answer', outgoingNumber: outgoing, postedOn })}
              data-testid="r-answer"
            >
              {t('review.answer')}
            </Button>
          </>,
          'r-answer-box',
        )}
      {allowed.includes('withdraw') &&
        box(
          t('review.withdrawTitle'),
          <>
            <TextInput
              label={t('review.withdrawReason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              data-testid="r-withdraw-reason"
            />
            <Button
              w="fit-content"
              color="red"
              variant="light"
              onClick={() => void run({ type: 'withdraw', reason })}
              data-testid="r-withdraw"
            >
              {t('review.withdraw')}
            </Button>
          </>,
          'r-withdraw-box',
        )}
    </Stack>
  );
}
