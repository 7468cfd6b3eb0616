/**
 * Facts the form already knows, so step 2 does not ask them again (issue 16, items 3 and 6): the
 * applicant's status and the representative come from step 1; whether the children's births were
 * registered after 13.08.2007 follows from their birth dates (from the IIN or typed).
 */
import type { ServiceDef } from '@shared/catalogue';
import { validateIin } from '@shared/iin';
import { isLocalDate } from '@shared/time/almaty';
import type { IntakeForm } from './formTypes';

/** Births registered from this day on are in the state systems (3.9 §13); "after" read strictly. */
export const BIRTHS_CUTOFF = '2007-08-13';

export interface DerivedAnswer {
  value: string;
  /** Locked: the data settles it and step 2 only shows it; otherwise the inspector may change it. */
  locked: boolean;
  /** i18n key (intake namespace) saying where the answer comes from. */
  from: string;
}

/** The children's birth dates, or null when one of them has none yet. */
function childrenBirthDates(form: IntakeForm): string[] | null {
  const dates: string[] = [];
  for (const m of form.family) {
    if (m.relation !== 'child') continue;
    const iin = m.iin.trim();
    const fromIin = iin ? validateIin(iin).birthDate : null;
    const date = fromIin ?? (isLocalDate(m.birthDate) ? m.birthDate : null);
    if (!date) return null;
    dates.push(date);
  }
  return dates;
}

export function derivedAnswers(service: ServiceDef, form: IntakeForm): Record<string, DerivedAnswer> {
  const out: Record<string, DerivedAnswer> = {};
  for (const q of service.situations) {
    if (q.key === 'applicantStatus')
      out[q.key] = { value: form.applicant.status, locked: true, from: 'derived.fromStep1' };
    else if (q.key === 'representative')
      out[q.key] = {
        value: form.hasRepresentative ? 'representative' : 'none',
        locked: true,
        from: 'derived.fromStep1',
      };
    else if (q.key === 'birthsRegisteredAfter2007') {
      const dates = childrenBirthDates(form);
      if (!dates || dates.length === 0) continue;
      const allAfter = dates.every((d) => d > BIRTHS_CUTOFF);
      // A child born before the day settles it; all born after is only likely (a birth abroad is not
      // in the state systems), so the inspector may still say no.
      out[q.key] = allAfter
        ? { value: 'yes', locked: false, from: 'derived.fromChildren' }
        : { value: 'no', locked: true, from: 'derived.fromChildren' };
    }
  }
  return out;
}

/** The answers the checklist follows: derived ones win unless the inspector chose otherwise where allowed. */
export function effectiveAnswers(service: ServiceDef, form: IntakeForm): Record<string, string> {
  const answers = { ...form.answers };
  const chosen = new Set(form.chosen ?? []);
  for (const [key, d] of Object.entries(derivedAnswers(service, form))) {
    if (d.locked || !chosen.has(key)) answers[key] = d.value;
  }
  return answers;
}
