/**
 * The state of one application on screen as a reducer (issue 11: IntakeForm.tsx only renders): the
 * form, the step, the duplicate guard, the refusal at the counter. Pure; unit-tested without React.
 */
import type { MissingItem } from '@shared/catalogue';
import type { CaseRow } from '../../store';
import type { IntakeForm } from './formTypes';

export type Step = 'applicant' | 'documents';

export interface RefusalDone {
  id: number;
  at: number;
  missing: MissingItem[];
  /** Reprints given on this screen (each recorded in the audit and marked as a duplicate). */
  reprints: number;
}

export interface SessionState {
  form: IntakeForm;
  /** Something was typed: the draft is saved and leaving says so. */
  dirty: boolean;
  step: Step;
  showErrors: boolean;
  savedAt: number | null;
  duplicates: CaseRow[] | null;
  reason: string;
  reasonError: boolean;
  failure: string | null;
  busy: boolean;
  /** The refusal's confirmation is open. */
  confirmingRefusal: boolean;
  refusal: RefusalDone | null;
}

export type SessionAction =
  | { type: 'patch'; mutate: (f: IntakeForm) => void }
  | { type: 'step'; step: Step }
  | { type: 'show-errors' }
  | { type: 'saved'; at: number }
  | { type: 'duplicates'; rows: CaseRow[] | null }
  | { type: 'reason'; text: string }
  | { type: 'reason-missing' }
  | { type: 'failure'; message: string | null }
  | { type: 'busy'; busy: boolean }
  | { type: 'confirm-refusal'; open: boolean }
  | { type: 'refused'; refusal: Omit<RefusalDone, 'reprints'> }
  | { type: 'reprinted' };

export function initialSession(form: IntakeForm): SessionState {
  return {
    form,
    dirty: false,
    step: 'applicant',
    showErrors: false,
    savedAt: null,
    duplicates: null,
    reason: '',
    reasonError: false,
    failure: null,
    busy: false,
    confirmingRefusal: false,
    refusal: null,
  };
}

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case 'patch': {
      const form = structuredClone(state.form);
      action.mutate(form);
      // A change of the application voids the duplicate warning given for the old one.
      return { ...state, form, dirty: true, duplicates: null };
    }
    case 'step':
      return { ...state, step: action.step };
    case 'show-errors':
      return { ...state, showErrors: true };
    case 'saved':
      return { ...state, savedAt: action.at };
    case 'duplicates':
      return { ...state, duplicates: action.rows };
    case 'reason':
      return { ...state, reason: action.text, reasonError: false };
    case 'reason-missing':
      return { ...state, reasonError: true };
    case 'failure':
      return { ...state, failure: action.message };
    case 'busy':
      return { ...state, busy: action.busy };
    case 'confirm-refusal':
      return { ...state, confirmingRefusal: action.open };
    case 'refused':
      return { ...state, confirmingRefusal: false, refusal: { ...action.refusal, reprints: 0 } };
    case 'reprinted':
      return state.refusal
        ? { ...state, refusal: { ...state.refusal, reprints: state.refusal.reprints + 1 } }
        : state;
  }
}
