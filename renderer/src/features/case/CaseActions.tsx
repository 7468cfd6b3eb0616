/**
 * The actions of the case page. The lifecycle says which are allowed (allowedEvents) and refuses
 * what it must (TransitionError → lifecycle.json message); this component only collects the input.
 */
import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { allowedEvents, checkEvent, type TransitionContext } from '@shared/lifecycle';
import { useAuth } from '../../auth/AuthProvider';
import { useStore, type CaseRow } from '../../store';
import { actionContext, officeTypeOf } from '../../journal/actions';
import { useErrorMessage } from '../../ui/errorMessage';
import { useOfficeConfig } from '../journal/labels';
import { useActionErrorMessage } from './actionErrorMessage';
import { CorrectionModal } from './CorrectionModal';

export const CASE_PAGE_EVENTS = ['correct', 'withdraw', 'cancel'] as const;
export type CasePageEvent = (typeof CASE_PAGE_EVENTS)[number];

/** The context of a step taken now by the signed-in user at this workstation, or null. */
export function useActionContext(): (() => TransitionContext) | null {
  const { user } = useAuth();
  const office = useOfficeConfig();
  const type = office ? officeTypeOf(office) : null;
  if (!user || !type) return null;
  return () => actionContext(user, type, Date.now());
}

export function CaseActions({ row }: { row: CaseRow }) {
  const { t } = useTranslation('journal');
  const describe = useErrorMessage();
  const makeCtx = useActionContext();
  const [open, setOpen] = useState<CasePageEvent | null>(null);
  if (!makeCtx) return null;
  const ctx = makeCtx();
  const allowed = allowedEvents(row.state, ctx).filter((e): e is CasePageEvent =>
    (CASE_PAGE_EVENTS as readonly string[]).includes(e),
  );
  // Why the others are not offered, in the lifecycle's words; one line per distinct reason.
  const why = new Map<string, CasePageEvent[]>();
  for (const e of CASE_PAGE_EVENTS) {
    if (allowed.includes(e)) continue;
    const error = checkEvent(row.state, e, ctx);
    if (!error) continue;
    const message = describe(error);
    why.set(message, [...(why.get(message) ?? []), e]);
  }
  return (
    <>
      {allowed.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="case-no-actions">
          {t('case.actions.none')}
        </Text>
      ) : (
        <Group gap="xs">
          {allowed.map((e) => (
            <Button
              key={e}
              variant={e === 'correct' ? 'light' : 'outline'}
              color={e === 'cancel' ? 'red' : undefined}
              onClick={() => setOpen(e)}
              data-testid={`case-action-${e}`}
            >
              {t(`lifecycle:events.${e}`)}
            </Button>
          ))}
        </Group>
      )}
      {why.size > 0 ? (
        <Stack gap={2} data-testid="case-unavailable">
          {[...why].map(([message, events]) => (
            <Text key={message} size="xs" c="dimmed">
              {`${events.map((e) => t(`lifecycle:events.${e}`)).join(', ')}: ${message}`}
            </Text>
          ))}
        </Stack>
      ) : null}
      {open === 'correct' ? (
        <CorrectionModal row={row} makeCtx={makeCtx} onClose={() => setOpen(null)} />
      ) : open ? (
        <ReasonModal row={row} event={open} makeCtx={makeCtx} onClose={() => setOpen(null)} />
      ) : null}
    </>
  );
}

function ReasonModal({
  row,
  event,
  makeCtx,
  onClose,
}: {
  row: CaseRow;
  event: 'withdraw' | 'cancel';
  makeCtx: () => TransitionContext;
  onClose: () => void;
}) {
  const { t } = useTranslation('journal');
  const actionError = useActionErrorMessage();
  const store = useStore();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    const run = event === 'withdraw' ? store.withdrawCase : store.cancelCase;
    const result = await run(row.id, reason, makeCtx());
    setBusy(false);
    if (!result.ok) {
      setError(actionError(result));
      return;
    }
    notifications.show({ color: 'green', message: t(`case.actions.done.${event}`) });
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t(`lifecycle:events.${event}`)} data-testid="case-reason-modal">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Textarea
            label={t('case.actions.reason')}
            placeholder={t('case.actions.reasonPlaceholder')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            rows={3}
            withAsterisk
            data-autofocus
            data-testid="case-reason"
          />
          {error ? (
            <Alert color="red" data-testid="case-action-error">
              {error}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('case.actions.close')}
            </Button>
            <Button
              type="submit"
              loading={busy}
              color={event === 'cancel' ? 'red' : undefined}
              data-testid="case-reason-submit"
            >
              {t('case.actions.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
