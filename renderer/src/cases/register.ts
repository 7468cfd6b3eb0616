/**
 * Registration of an application (issue 4, item 5): all-or-nothing in ONE Dexie transaction — next
 * case-number sequence, lifecycle openCase, deadlines, the case row, the incoming-correspondence
 * number at a district office, audit entries, and the draft removed. Every check that can refuse runs
 * before the write; the transaction holds only Dexie calls and pure functions (ARCHITECTURE traps).
 */
import { intakeSchema, type Intake, type IntakeInput } from '@shared/case/intake';
import type { WorkingCalendar } from '@shared/calendar';
import {
  checklist,
  getService,
  inPersonOnly,
  markedCompleteness,
  ChecklistInputError,
  type DocumentMarks,
  type Catalogue,
  type Channel,
  type MissingItem,
} from '@shared/catalogue';
import { makeCaseNumber, MAX_SEQUENCE } from '@shared/case-number';
import { caseDeadlines } from '@shared/deadlines';
import { districtOfficeFor, officeByCode } from '@shared/directory/offices';
import type { CityDistrict } from '@shared/directory/types';
import { openCase, type TransitionError } from '@shared/lifecycle';
import { toAlmatyDate } from '@shared/time/almaty';
import type { SessionUser } from '../auth/session';
import type { AppDatabase } from '../db/database';
import { auditLog } from '../db/audit';
import { getSetting } from '../db/settings';
import type { CaseRow, OfficeConfig } from '../db/types';
import { loadRules } from '../rules/rules';
import { applicantPersonKey, toCaseRow } from './caseRow';
import { findOpenDuplicates } from './duplicates';

/** What the form supplies; the office, the clock and the signed-in user supply the rest. */
export type IntakeData = Omit<
  IntakeInput,
  | 'channel'
  | 'rulesVersion'
  | 'acceptingOfficeCode'
  | 'deskCode'
  | 'districtOfficeCode'
  | 'acceptedAt'
  | 'acceptedBy'
  | 'incomingNumber'
  | 'duplicateReason'
>;

export interface RegisterInput {
  data: IntakeData;
  user: Pick<SessionUser, 'id' | 'fullName' | 'roles'>;
  office: Pick<OfficeConfig, 'officeCode' | 'deskCode'>;
  now: number;
  /** Required when an open case of the same person and service exists (docs/decisions.md). */
  duplicateReason?: string;
  /** The draft this application was typed in; deleted with the registration. */
  draftId?: string;
  /** The rules the form was filled in with; both default to the stored rules in force (renderer/src/rules). */
  catalogue?: Catalogue;
  calendar?: WorkingCalendar;
}

export type RegisterError =
  | { code: 'office-accepts-nothing' }
  | { code: 'channel-closed'; channel: Channel }
  | { code: 'invalid-intake'; paths: string[] }
  | { code: 'incomplete'; missing: MissingItem[] }
  | { code: 'duplicate'; duplicates: CaseRow[] }
  | { code: 'lifecycle'; error: TransitionError }
  | { code: 'sequence-exhausted' };

export type RegisterResult = { ok: true; row: CaseRow } | { ok: false; error: RegisterError };

/** The city district that decides the district office: the actual address when given, else the registered one. */
export function caseDistrict(applicant: {
  registeredAddress: { district: CityDistrict };
  actualAddress: { district: CityDistrict } | null;
}): CityDistrict {
  return (applicant.actualAddress ?? applicant.registeredAddress).district;
}

/** The office channel of a directory office: ЦОН → center, district office → district, else none. */
export function channelOfOffice(officeCode: string): Channel | null {
  const type = officeByCode(officeCode)?.type;
  return type === 'center' ? 'center' : type === 'district' ? 'district' : null;
}

/**
 * The district office the case belongs to: the accepting office itself for a district walk-in,
 * the office of the applicant's district for a ЦОН filing.
 */
export function targetDistrictOffice(officeCode: string, district: CityDistrict): string {
  return channelOfOffice(officeCode) === 'district' ? officeCode : districtOfficeFor(district).code;
}

export function sequenceKey(officeCode: string, deskCode: string, epoch: number, year: number): string {
  return `${officeCode}-${deskCode}-${epoch}-${String(year % 100).padStart(2, '0')}`;
}

/**
 * Each restore epoch numbers incoming correspondence in its own band, so restoring an older backup
 * never reissues a number already given (issue 7, item 3; the registry numbers do the same).
 */
export const INCOMING_EPOCH_STRIDE = 1_000_000;

/** Incoming-correspondence journal of a district office: per office (and desk) and year. */
export function incomingKey(officeCode: string, deskCode: string, year: number): string {
  return `in-${officeCode}-${deskCode}-${year}`;
}

/** `12-2026/000123` at the main workstation; `12.03-2026/000045` at intake desk 03, so desks never collide. */
export function formatIncomingNumber(officeCode: string, deskCode: string, year: number, n: number): string {
  const office = deskCode === '00' ? officeCode : `${officeCode}.${deskCode}`;
  return `${office}-${year}/${String(n).padStart(6, '0')}`;
}

/** What the desk ticked per document, as the catalogue's completeness rule reads it. */
export function documentMarks(documents: IntakeData['documents']): Record<string, DocumentMarks> {
  const marks: Record<string, DocumentMarks> = {};
  for (const d of documents)
    marks[d.itemId] = {
      original: d.originalShown,
      copy: d.copyReceived,
      notarisedCopy: d.notarisedCopy === true,
    };
  return marks;
}

class Refused extends Error {
  constructor(readonly error: RegisterError) {
    super(error.code);
  }
}

export async function registerCase(db: AppDatabase, input: RegisterInput): Promise<RegisterResult> {
  const rules = await loadRules(db); // two settings reads; the build is memoised on their content
  const catalogue = input.catalogue ?? rules.catalogue;
  const calendar = input.calendar ?? rules.calendar;
  const { officeCode, deskCode } = input.office;
  const channel = channelOfOffice(officeCode);
  if (!channel) return { ok: false, error: { code: 'office-accepts-nothing' } };
  const service = getService(catalogue, input.data.serviceId);
  if (!service.channels[channel]?.enabled) return { ok: false, error: { code: 'channel-closed', channel } };

  const parsed = intakeSchema.safeParse({
    ...input.data,
    channel,
    rulesVersion: catalogue.rulesVersion,
    acceptingOfficeCode: officeCode,
    deskCode,
    districtOfficeCode: '00',
    acceptedAt: input.now,
    acceptedBy: { userId: input.user.id, fullName: input.user.fullName },
    incomingNumber: '',
    duplicateReason: input.duplicateReason?.trim() ?? '',
  });
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid-intake', paths: parsed.error.issues.map((i) => i.path.join('.')) },
    };
  }
  // In person only (3.5 §13): the catalogue accepts no basis for a representative.
  if (parsed.data.representative && inPersonOnly(service)) {
    return { ok: false, error: { code: 'invalid-intake', paths: ['representative'] } };
  }
  const base: Intake = {
    ...parsed.data,
    districtOfficeCode: targetDistrictOffice(officeCode, caseDistrict(parsed.data.applicant)),
  };

  let list;
  try {
    list = checklist(catalogue, base.serviceId, base.subType, base.answers);
  } catch (e) {
    if (e instanceof ChecklistInputError)
      return { ok: false, error: { code: 'invalid-intake', paths: ['answers'] } };
    throw e;
  }
  // Each document counts only when what its rule asks was ticked (issue 14: a copy alone is not
  // an original checked and returned).
  const check = markedCompleteness(service, list, documentMarks(base.documents));
  if (!check.complete) return { ok: false, error: { code: 'incomplete', missing: check.missing } };
  // Keep only lines of this checklist: a line left from another dwelling type is not a document received.
  const listed = new Set([...list.required, ...list.optional].map((d) => d.id));
  base.documents = base.documents.filter((d) => listed.has(d.itemId));

  let personKey: string;
  try {
    personKey = applicantPersonKey(base);
  } catch {
    return { ok: false, error: { code: 'invalid-intake', paths: ['applicant.iin'] } };
  }
  const epoch = (await getSetting(db, 'caseNumberEpoch')) ?? 0;
  const transit = (await getSetting(db, 'transitAllowanceWorkingDays')) ?? 0;
  const year = Number(toAlmatyDate(input.now).slice(0, 4));
  const ctx = {
    actor: { userId: input.user.id, roles: input.user.roles },
    now: input.now,
    officeType: channel,
  };
  const channels = (['center', 'district'] as const).filter((c) => service.channels[c]?.enabled);
  // Fail on a role or channel before touching the sequence.
  const probe = openCase({ caseId: '0', serviceId: base.serviceId, channel }, ctx, { channels });
  if (!probe.ok) return { ok: false, error: { code: 'lifecycle', error: probe.error } };

  try {
    const row = await db.transaction('rw', [db.cases, db.sequences, db.audit, db.drafts], async () => {
      const duplicates = await findOpenDuplicates(db, personKey, base.serviceId);
      if (duplicates.length > 0 && base.duplicateReason === '') {
        throw new Refused({ code: 'duplicate', duplicates });
      }
      const key = sequenceKey(officeCode, deskCode, epoch, year);
      const last = (await db.sequences.get(key))?.last ?? 0;
      if (last >= MAX_SEQUENCE) throw new Refused({ code: 'sequence-exhausted' });
      await db.sequences.put({ key, last: last + 1 });
      const caseId = makeCaseNumber({ officeCode, deskCode, epoch, year, sequence: last + 1 });

      const intake: Intake = { ...base };
      if (channel === 'district') {
        const inKey = incomingKey(officeCode, deskCode, year);
        const lastIn = (await db.sequences.get(inKey))?.last ?? 0;
        const n = Math.max(lastIn, epoch * INCOMING_EPOCH_STRIDE) + 1;
        await db.sequences.put({ key: inKey, last: n });
        intake.incomingNumber = formatIncomingNumber(officeCode, deskCode, year, n);
      }
      const opened = openCase({ caseId, serviceId: intake.serviceId, channel }, ctx, { channels });
      if (!opened.ok) throw new Refused({ code: 'lifecycle', error: opened.error });
      const deadlines = caseDeadlines(catalogue, calendar, {
        serviceId: intake.serviceId,
        channel,
        acceptedAt: input.now,
        settings: { transitAllowanceWorkingDays: transit },
      });
      const caseRow = toCaseRow(intake, opened.state, deadlines, input.now);
      await db.cases.add(caseRow);
      const lifecycleAudit = opened.effects.find((e) => e.type === 'audit');
      await auditLog.append(
        db,
        {
          userId: input.user.id,
          action: 'case.registered',
          caseId,
          details: {
            serviceId: intake.serviceId,
            channel,
            officeCode,
            deskCode,
            districtOfficeCode: intake.districtOfficeCode,
            incomingNumber: intake.incomingNumber,
            documents: intake.documents.map((d) => d.itemId),
            due: deadlines.due,
            issueDate: deadlines.issueDate,
            lifecycle: lifecycleAudit && lifecycleAudit.type === 'audit' ? lifecycleAudit.entry : null,
          },
        },
        input.now,
      );
      if (duplicates.length > 0) {
        await auditLog.append(
          db,
          {
            userId: input.user.id,
            action: 'case.duplicate-accepted',
            caseId,
            details: { reason: intake.duplicateReason, openCases: duplicates.map((d) => d.id) },
          },
          input.now,
        );
      }
      if (input.draftId) await db.drafts.delete(input.draftId);
      return caseRow;
    });
    return { ok: true, row };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, error: e.error };
    throw e;
  }
}
