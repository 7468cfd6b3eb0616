/**
 * One application on screen: the reducer (./sessionState) wired to the database, the autosave, the
 * duplicate guard, registration and the refusal at the counter. IntakeForm.tsx only renders this.
 */
import { useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import { getService } from '@shared/catalogue';
import { districtOfficeFor, officeByCode } from '@shared/directory/offices';
import type { Lang } from '@shared/i18n/lang';
import { toAlmatyDate } from '@shared/time/almaty';
import type { SessionUser } from '../../auth/session';
import { useNow } from '../../app/hooks';
import { applicantPersonKey } from '../../cases/caseRow';
import { channelOfOffice } from '../../cases/register';
import {
  useCasesOfPerson,
  useOpenDuplicates,
  useRules,
  useStore,
  type CaseRow,
  type OfficeConfig,
} from '../../store';
import { testId } from './fields';
import { limitErrors } from './limits';
import { formChecklist, formDistrict, formCompleteness, toIntakeData, validateApplicant } from './model';
import type { IntakeForm } from './model';
import { earlierNames } from './nameCheck';
import { describeRegisterError } from './registerError';
import { initialSession, sessionReducer, type Step } from './sessionState';
import { useCounterRefusal } from './useCounterRefusal';
import { useDraftAutosave } from './useDraftAutosave';
import { useErrorMessage } from '../../ui/errorMessage';

export interface SessionProps {
  draftId: string;
  initial: IntakeForm;
  office: OfficeConfig;
  user: SessionUser;
  lang: Lang;
  onRegistered: (row: CaseRow, printLang: Lang) => void;
}

export function useIntakeSession({ draftId, initial, office, user, lang, onRegistered }: SessionProps) {
  const { t } = useTranslation(['intake', 'iin']);
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

  const { finish, reopen, flush } = useDraftAutosave({
    store,
    draftId,
    userId: user.id,
    lang,
    form,
    dirty: state.dirty,
    dispatch,
  });

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
      reopen();
      if (result.error.code === 'duplicate') dispatch({ type: 'duplicates', rows: result.error.duplicates });
      else dispatch({ type: 'failure', message: describeRegisterError(result.error, t) });
    } catch (e) {
      reopen();
      dispatch({ type: 'failure', message: t('register.errors.failed', { message: describe(e) }) });
    } finally {
      dispatch({ type: 'busy', busy: false });
    }
  };
  const { refuse, reprintRefusal } = useCounterRefusal({
    state,
    dispatch,
    check,
    channel,
    office,
    user,
    draftId,
    catalogue,
    finish,
  });

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
    flush,
  };
}
