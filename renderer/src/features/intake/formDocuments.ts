/** The form's documents: the checklist for its answers, what is marked received, and completeness. */
import {
  anyMark,
  checklist,
  markedCompleteness,
  type Catalogue,
  type ChecklistResult,
  type Completeness,
  type ServiceDef,
} from '@shared/catalogue';
import { effectiveAnswers } from './derived';
import type { IntakeForm } from './formTypes';

/**
 * The checklist for the form's answers, with what step 1 and the family already say (./derived). A draft typed under other rules (the administrator changed a
 * question or a sub-type since) keeps only answers and a sub-type the catalogue still knows, so an
 * old draft opens instead of failing.
 */
export function formChecklist(catalogue: Catalogue, form: IntakeForm): ChecklistResult {
  const service = catalogue.services[form.serviceId];
  const answers: Record<string, string> = {};
  const effective = effectiveAnswers(service, form);
  for (const q of service.situations) {
    const given = effective[q.key];
    if (given !== undefined && q.values.some((v) => v.value === given)) answers[q.key] = given;
  }
  const subType = service.subTypes.some((s) => s.id === form.subType) ? form.subType : null;
  return checklist(catalogue, form.serviceId, subType, answers);
}

export function receivedSet(form: IntakeForm): Set<string> {
  return new Set(
    Object.entries(form.documents)
      .filter(([, m]) => anyMark(m))
      .map(([id]) => id),
  );
}

/** Completeness by each document's rule for originals and copies (issue 14, defect 1). */
export function formCompleteness(service: ServiceDef, list: ChecklistResult, form: IntakeForm): Completeness {
  return markedCompleteness(service, list, form.documents);
}
