/**
 * The refusal at the counter: the inspector confirmed, the refusal is recorded and its note printed;
 * the note again on request, marked as a duplicate and recorded.
 */
import type { Dispatch } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Catalogue, Channel, Completeness } from '@shared/catalogue';
import type { SessionUser } from '../../auth/session';
import { useStore, type OfficeConfig } from '../../store';
import { buildCounterRefusalPdf } from '../../print/caseDocuments';
import { asDuplicate } from '../../print/copies';
import { deliverPdf } from '../../print/printKit';
import { useErrorMessage } from '../../ui/errorMessage';
import type { SessionAction, SessionState } from './sessionState';

export function useCounterRefusal({
  state,
  dispatch,
  check,
  channel,
  office,
  user,
  draftId,
  catalogue,
  finish,
}: {
  state: SessionState;
  dispatch: Dispatch<SessionAction>;
  check: Completeness;
  channel: Channel | null;
  office: OfficeConfig;
  user: SessionUser;
  draftId: string;
  catalogue: Catalogue;
  finish: () => void;
}) {
  const { t, i18n } = useTranslation(['intake', 'iin']);
  const describe = useErrorMessage();
  const store = useStore();
  const { form, busy } = state;

  const refusalPdf = (at: number) =>
    buildCounterRefusalPdf(
      {
        at,
        serviceId: form.serviceId,
        officeCode: office.officeCode,
        applicant: form.applicant,
        missing: state.refusal?.missing ?? check.missing,
        inspectorFullName: user.fullName,
      },
      form.printLang,
      i18n.getFixedT(form.printLang, 'intake'),
      catalogue,
    );

  /** The inspector confirmed: the refusal is recorded, then its note is printed. */
  const refuse = async () => {
    if (check.complete || busy || !channel) return;
    dispatch({ type: 'busy', busy: true });
    try {
      const at = Date.now();
      const pdf = await refusalPdf(at);
      finish();
      const missingItemIds = check.missing.map((m) => m.item.id);
      const row = await store.recordCounterRefusal(
        {
          serviceId: form.serviceId,
          channel,
          officeCode: office.officeCode,
          userId: user.id,
          missingItemIds,
          draftId,
        },
        at,
      );
      dispatch({ type: 'refused', refusal: { id: row.id ?? 0, at, missing: check.missing } });
      await deliverPdf(pdf.bytes, { title: pdf.title, fileName: pdf.fileName });
    } catch (e) {
      dispatch({ type: 'failure', message: t('refusal.failed', { message: describe(e) }) });
    } finally {
      dispatch({ type: 'busy', busy: false });
    }
  };

  /** The same note again, marked as a duplicate with today's date and recorded. */
  const reprintRefusal = async () => {
    const done = state.refusal;
    if (!done || busy) return;
    dispatch({ type: 'busy', busy: true });
    try {
      const now = Date.now();
      const printT = i18n.getFixedT(form.printLang, 'intake');
      const pdf = await asDuplicate(await refusalPdf(done.at), form.printLang, printT, now);
      const outcome = await deliverPdf(pdf.bytes, { title: pdf.title, fileName: pdf.fileName });
      if (outcome !== 'cancelled') {
        await store.recordRefusalReprint({ refusalId: done.id, lang: form.printLang, userId: user.id }, now);
        dispatch({ type: 'reprinted' });
      }
    } catch (e) {
      notifications.show({ color: 'red', message: t('print.failed', { message: describe(e) }) });
    } finally {
      dispatch({ type: 'busy', busy: false });
    }
  };

  return { refuse, reprintRefusal };
}
