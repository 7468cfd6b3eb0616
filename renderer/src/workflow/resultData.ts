/**
 * What the result documents are built from besides the case row: the print words in both
 * languages, who signs, the limits counted on the working calendar and the office's АСП record.
 */
import { dueDate, type Term, type WorkingCalendar } from '@shared/calendar';
import { CLOCK_STEPS } from '@shared/deadlines';
import { defaultCatalogue, type Catalogue } from '@shared/catalogue';
import type { LocalText } from '@shared/i18n/lang';
import type { PersonName } from '@shared/print';
import { localDate, parseLocalDate, toAlmatyDate, type LocalDate } from '@shared/time/almaty';
import { formatCaseNumber } from '@shared/case-number';
import type { ApplicantResultBase, AspAssignmentRecord, ResultBase } from '@shared/print/documents/results';
import type { PrintContext } from '@shared/print';
import type { ServiceDef } from '@shared/catalogue';
import { caseAuditAction } from '@shared/workflow/step';
import type { AppDatabase } from '../db/database';
import type { AuditEvent, CaseRow } from '../db/types';
import { nameFromFull } from '../print/caseDocuments';
import { loadPrintLabels } from '../print/printKit';

/**
 * The builders take these as data in both languages; the words live with the other print labels,
 * loaded with the print kit (a static import of print.json would pull it into this chunk and defeat
 * the kit's lazy load).
 */
export type PrintWords = Awaited<ReturnType<typeof printWords>>;

export async function printWords() {
  const [ru, kk] = await Promise.all([loadPrintLabels('ru'), loadPrintLabels('kk')]);
  const both = (pick: (labels: typeof ru) => string): LocalText => ({ ru: pick(ru), kk: pick(kk) });
  return {
    head: both((l) => l.results.positions.head),
    notSubmitted: both((l) => l.results.notSubmitted),
    centerInspector: both((l) => l.results.positions.centerInspector),
    districtSpecialist: both((l) => l.results.positions.districtSpecialist),
  };
}

/** Members' signature lines of a survey-refusal protocol (written in by hand: the app keeps no roster). */
export const PROTOCOL_MEMBER_LINES = 3;
/**
 * The catalogue's limit of the step that ends the wait for originals (3.9 §11 A3d): an
 * administrator's override of that step reaches the printed notice.
 */
export function originalsLimit(
  catalogue: Catalogue,
  row: Pick<CaseRow, 'serviceId' | 'channel'>,
): Term | null {
  const stepId = CLOCK_STEPS.originals?.[row.serviceId]?.district;
  const step = catalogue.services[row.serviceId].channels.district?.steps.find((s) => s.id === stepId);
  return step?.limit?.term ?? null;
}

/** The last day of a limit counted from `from` in the limit's own unit. */
export function limitEnd(calendar: WorkingCalendar, from: LocalDate, term: Term): LocalDate | null {
  return dueDate(calendar, from, term);
}

export const applicantName = (row: CaseRow): PersonName => {
  const a = row.intake.applicant;
  return { surname: a.surname, givenName: a.name, ...(a.patronymic ? { patronymic: a.patronymic } : {}) };
};

/** Who signs: the head who signed the result (audit), else whoever last moved the case. */
export async function signerName(db: AppDatabase, row: CaseRow, events: AuditEvent[]): Promise<PersonName> {
  const signed = events.filter((e) => e.action === caseAuditAction('sign-result')).pop();
  return userName(db, signed?.userId ?? row.state.updatedBy);
}

export async function userName(db: AppDatabase, userId: string | null | undefined): Promise<PersonName> {
  const user = userId ? await db.users.get(userId) : undefined;
  return nameFromFull(user?.fullName ?? '—');
}

/** What the same-visit form records for a referral (audit details of issue-same-visit). */
export interface ReferralFacts {
  organisation?: string;
  address?: string;
  position?: string;
  unemployedNumber?: string;
  unemployedSince?: string;
}

/**
 * The office's own record of АСП (3.5 §11 step 3): the latest approved targeted-assistance case of the
 * same person, running from its decision for its period (one month when none was entered).
 */
export async function aspAssignmentOf(
  db: AppDatabase,
  row: Pick<CaseRow, 'personKey' | 'serviceId'>,
  catalogue: Catalogue = defaultCatalogue(),
): Promise<AspAssignmentRecord | null> {
  const cases = await db.cases.where('personKey').equals(row.personKey).toArray();
  const rule = catalogue.services[row.serviceId].certificate;
  if (!rule) return null;
  const asp = cases
    .filter(
      (c) =>
        c.serviceId === rule.ofService &&
        c.state.decision === 'approved' &&
        c.state.milestones.decidedAt !== undefined,
    )
    .sort((a, b) => (b.state.milestones.decidedAt ?? 0) - (a.state.milestones.decidedAt ?? 0))[0];
  if (!asp) return null;
  const decidedOn = toAlmatyDate(asp.state.milestones.decidedAt!);
  const { year, month } = parseLocalDate(decidedOn);
  const months = asp.state.periodMonths ?? rule.assumedPeriodMonths;
  return {
    caseNumber: formatCaseNumber(asp.id),
    decidedOn,
    from: decidedOn,
    to: localDate(year, month + months, 0),
  };
}

/** What a result builder works from: the row, its audit, the rules, the words and the loaded kit. */
export interface ResultJob {
  db: AppDatabase;
  row: CaseRow;
  /** The case's audit, oldest first. */
  events: AuditEvent[];
  catalogue: Catalogue;
  service: ServiceDef;
  date: LocalDate;
  now: number;
  words: PrintWords;
  base: ResultBase;
  applicant: ApplicantResultBase;
  results: typeof import('@shared/print/documents/results');
  ctx: PrintContext;
}
