/**
 * One application on screen: the reducer (./sessionState) wired to the database, the autosave, the
 * duplicate guard, registration and the refusal at the counter. IntakeForm.tsx only renders this.
 */
import { useEffect, useMemo, useReducer, useRef } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { defaultCatalogue, getService } from '@shared/catalogue';
import { districtOfficeFor, officeByCode } from '@shared/directory/offices';
import type { Lang } from '@shared/i18n/lang';
import { toAlmatyDate } from '@shared/time/almaty';
import type { SessionUser } from '../../auth/session';
import { useNow } from '../../app/hooks';
import { applicantPersonKey } from '../../cases/caseRow';
import { debounced } from '../../cases/drafts';
import { channelOfOffice, type RegisterError } from '../../cases/register';
import {
  useCasesOfPerson,
  useOpenDuplicates,
  useRules,
  useStore,
  type CaseRow,
  type OfficeConfig,
  type Store,
} from '../../store';
import { buildCounterRefusalPdf } from '../../print/caseDocuments';
import { asDuplicate } from '../../print/copies';
import { deliverPdf } from '../../print/printKit';
import { testId } from './fields';
import { fieldLabelKey, limitErrors } from './limits';
import {
  draftLabel,
  formChecklist,
  formDistrict,
  formCompleteness,
  toIntakeData,
  validateApplicant,
} from './model';
import type { IntakeForm } from './model';
import { earlierNames } from './nameCheck';
import { initialSession, sessionReducer, type Step } from './sessionState';
import { useErrorMessage } from '../../ui/errorMessage';

const AUTOSAVE_MS = 400;

function makeAutosave(
  store: Store,
  draftId: string,
  userId: string,
  lang: Lang,
  onSaved: (at: number) => void,
) {
  const catalogue = defaultCatalogue();
  return (onError: (e: unknown) => void) =>
    debounced(
      async (f: IntakeForm) => {
        const at = Date.now();
        const label = draftLabel(f, getService(catalogue, f.serviceId), lang);
        await store.saveDraft({ id: draftId, userId, form: f, serviceId: f.serviceId, label }, at);
        onSaved(at);
      },
      AUTOSAVE_MS,
      onError,
    );
}

export interface SessionProps {
  draftId: string;
  initial: IntakeForm;
  office: OfficeConfig;
  user: SessionUser;
  lang: Lang;
  onRegistered: (row: CaseRow, printLang: Lang) => void;
}

export function useIntakeSession({ draftId, initial, office, user, lang, onRegistered }: SessionProps) {
  const { t, i18n } = useTranslation(['intake', 'iin']);
  const describe = useErrorMessage();
  const store = useStore();
  const rules = useRules();
  const { catalogue } = rules;
  const [state, dispatch] = useReducer(sessionReducer, initial, initialSession);
  const { form, duplicates, reason, busy } = state;
  const service = getService(catalogue, form.serviceId);
  const today = toAlmatyDate(useNow());
  // The schema's limits first: a field too long says so rather than "letters only".
  const errors = [...limitErrors(form), ...validateApplicant(form, service, { today })];
  const list = formChecklist(catalogue, form);
  const check = formCompleteness(service, list, form);
  const channel = channelOfOffice(office.officeCode);

  // The person as soon as the IIN (or the document without one) identifies them.
  const personKey = (() => {
    const a = form.applicant;
    try {
      const iin = a.noIin ? '' : a.iin;
      return applicantPersonKey({
        applicant: { iin, identity: { docType: a.docType, number: a.docNumber } },
      });
    } catch {
      return null;
    }
  })();
  const earlier = useCasesOfPerson(personKey);
  const liveOpen = useOpenDuplicates(personKey, form.serviceId);
  const otherNames = personKey?.startsWith('iin:') ? earlierNames(earlier ?? [], form.applicant) : [];

  const autosave = useMemo(
    () =>
      makeAutosave(store, draftId, user.id, lang, (at) => dispatch({ type: 'saved', at }))((e) =>
        notifications.show({ color: 'red', message: t('draft.saveFailed', { message: describe(e) }) }),
      ),
    [store, draftId, user.id, lang, t, describe],
  );
  useEffect(() => {
    if (state.dirty) autosave.push(form);
  }, [form, state.dirty, autosave]);

  // Leaving the form (another area, the sidebar, sign-out) saves what was typed at once and says so.
  const leaving = useRef({ dirty: false, finished: false });
  useEffect(() => {
    leaving.current.dirty = state.dirty;
  }, [state.dirty]);
  useEffect(
    () => () => {
      void autosave.flush();
      if (leaving.current.dirty && !leaving.current.finished)
        notifications.show({ color: 'blue', message: t('draft.keptOnLeave'), id: `draft-kept-${draftId}` });
    },
    [autosave, t, draftId],
  );
  const finish = () => {
    leaving.current.finished = true;
    autosave.close();
  };

  const patch = (mutate: (f: IntakeForm) => void) => dispatch({ type: 'patch', mutate });
  const setStep = (step: Step) => dispatch({ type: 'step', step });

  const next = () => {
    dispatch({ type: 'show-errors' });
    if (errors.length > 0) {
      setStep('applicant');
      const first = errors[0]!;
      setTimeout(
        () => document.querySelector<HTMLElement>(`[data-testid="${testId(first.path)}"]`)?.focus(),
        0,
      );
      return;
    }
    setStep('documents');
  };

  const districtName = (() => {
    if (channel === 'district') return officeByCode(office.officeCode)?.name[lang] ?? null;
    const d = formDistrict(form);
    return d ? districtOfficeFor(d).name[lang] : null;
  })();
  const ownDistrict = officeByCode(office.officeCode)?.district;
  const districtMismatch =
    channel === 'district' && formDistrict(form) !== '' && formDistrict(form) !== ownDistrict;

  const describeError = (e: RegisterError): string => {
    switch (e.code) {
      case 'lifecycle':
        return t(`register.errors.lifecycle.${e.error.code}`, { defaultValue: t('register.errors.generic') });
      case 'invalid-intake': {
        // Field names in the user's language, never the schema's paths.
        const names = [...new Set(e.paths.map((p) => fieldLabelKey(p)))].map((k) =>
          k ? t(k) : t('register.errors.otherData'),
        );
        return t('register.errors.invalid-intake', { paths: names.join(', ') });
      }
      case 'incomplete':
        return t('register.errors.incomplete', { count: e.missing.length });
      default:
        return t(`register.errors.${e.code}`);
    }
  };

  const register = async () => {
    dispatch({ type: 'show-errors' });
    if (errors.length > 0) return next();
    if (!check.complete || busy) return;
    dispatch({ type: 'failure', message: null });
    const data = toIntakeData(form, list);
    dispatch({ type: 'busy', busy: true });
    try {
      if (duplicates === null) {
        const open = await store.findOpenDuplicates(
          applicantPersonKey({ applicant: data.applicant }),
          form.serviceId,
        );
        if (open.length > 0) {
          dispatch({ type: 'duplicates', rows: open });
          setTimeout(
            () => document.querySelector<HTMLElement>('[data-testid="duplicate-reason"]')?.focus(),
            0,
          );
          return;
        }
      } else if (reason.trim() === '') {
        dispatch({ type: 'reason-missing' });
        return;
      }
      finish();
      const result = await store.registerCase({
        data,
        user,
        office,
        now: Date.now(),
        draftId,
        // While the stored rules are still being read, registerCase reads them itself.
        ...(rules.loading ? {} : { catalogue, calendar: rules.calendar }),
        ...(duplicates && duplicates.length > 0 ? { duplicateReason: reason } : {}),
      });
      if (result.ok) return onRegistered(result.row, form.printLang);
      leaving.current.finished = false;
      autosave.reopen();
      if (result.error.code === 'duplicate') dispatch({ type: 'duplicates', rows: result.error.duplicates });
      else dispatch({ type: 'failure', message: describeError(result.error) });
    } catch (e) {
      leaving.current.finished = false;
      autosave.reopen();
      dispatch({ type: 'failure', message: t('register.errors.failed', { message: describe(e) }) });
    } finally {
      dispatch({ type: 'busy', busy: false });
    }
  };

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

  return {
    state,
    dispatch,
    service,
    errors,
    list,
    check,
    today,
    openCases: liveOpen ?? [],
    otherNames,
    districtName,
    districtMismatch,
    patch,
    setStep,
    next,
    register,
    askRefusal: () => dispatch({ type: 'confirm-refusal', open: true }),
    refuse,
    reprintRefusal,
    flush: () => autosave.flush(),
  };
}
