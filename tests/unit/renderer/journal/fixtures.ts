/**
 * CaseRow factory for journal tests: real intake (schema-checked), a real opened lifecycle state and
 * real deadlines, stored through toCaseRow so the index fields are the ones the app writes.
 */
import { intakeSchema, type Intake, type IntakeInput } from '@shared/case/intake';
import { makeCaseNumber } from '@shared/case-number';
import { buildCalendar } from '@shared/calendar';
import { defaultCatalogue } from '@shared/catalogue';
import type { Channel, ServiceId } from '@shared/catalogue/ids';
import { caseDeadlines } from '@shared/deadlines';
import { iinCheckDigit } from '@shared/iin/check-digit';
import { openCase } from '@shared/lifecycle';
import type { CaseState } from '@shared/lifecycle/case-state';
import { almatyInstant } from '@shared/time/almaty';
import { toCaseRow } from '@renderer/cases/caseRow';
import type { AppDatabase } from '@renderer/db/database';
import type { CaseRow } from '@renderer/db/types';

const catalogue = defaultCatalogue();
const calendar = buildCalendar();

/** A valid IIN for a birth date `yymmdd`, a century/sex digit and a serial. */
export function makeIin(yymmdd: string, serial: number, centuryDigit = 3): string {
  for (let s = serial; s < serial + 100; s++) {
    const first11 = `${yymmdd}${centuryDigit}${String(s % 10000).padStart(4, '0')}`;
    const check = iinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
  throw new Error('no IIN');
}

/** Monday 2 March 2026, 10:00 Almaty. */
export const MONDAY_10AM = almatyInstant('2026-03-02', 10);

let sequence = 0;

export interface CaseSpec {
  surname?: string;
  name?: string;
  iin?: string;
  serviceId?: ServiceId;
  channel?: Channel;
  acceptedAt?: number;
  districtOfficeCode?: string;
  status?: CaseState['status'];
  /** Extra intake fields. */
  intake?: Partial<IntakeInput>;
}

export function makeCase(spec: CaseSpec = {}): CaseRow {
  const channel = spec.channel ?? 'center';
  const serviceId = spec.serviceId ?? 'housing-assistance';
  const acceptedAt = spec.acceptedAt ?? MONDAY_10AM;
  const officeCode = channel === 'center' ? '22' : (spec.districtOfficeCode ?? '12');
  sequence += 1;
  // A desk numbers its cases with its own code (shared/case-number), and the number names the owner.
  const deskCode = spec.intake?.deskCode ?? '00';
  const caseId = makeCaseNumber({
    officeCode: spec.intake?.acceptingOfficeCode ?? officeCode,
    deskCode,
    year: 2026,
    sequence,
  });
  const input: IntakeInput = {
    serviceId,
    subType: null,
    channel,
    rulesVersion: catalogue.rulesVersion,
    applicant: {
      surname: spec.surname ?? 'Иванов',
      name: spec.name ?? 'Иван',
      patronymic: 'Петрович',
      iin: spec.iin ?? makeIin('800101', sequence),
      birthDate: '1980-01-01',
      status: 'citizen',
      identity: {
        docType: 'id-card',
        number: `0${sequence}`.padStart(9, '0'),
        issuedBy: 'МВД РК',
        issuedOn: null,
      },
      registeredAddress: { district: 'almaly', street: 'ул. Абая, 1' },
      actualAddress: null,
      phones: ['+7 701 111 22 33'],
    },
    representative: null,
    family: [],
    answers: {},
    documents: [{ itemId: 'identity', originalShown: true, copyReceived: true }],
    acceptingOfficeCode: officeCode,
    deskCode,
    districtOfficeCode: spec.districtOfficeCode ?? '12',
    acceptedAt,
    acceptedBy: { userId: 'inspector-1', fullName: 'Иванова Анна Сергеевна' },
    ...spec.intake,
  };
  const intake: Intake = intakeSchema.parse(input);
  const opened = openCase(
    { caseId, serviceId, channel },
    {
      actor: {
        userId: 'inspector-1',
        roles: [channel === 'center' ? 'center-inspector' : 'district-specialist'],
      },
      now: acceptedAt,
      officeType: channel,
    },
  );
  if (!opened.ok) throw new Error(`openCase: ${opened.error.code}`);
  const state: CaseState = spec.status ? { ...opened.state, status: spec.status } : opened.state;
  const deadlines = caseDeadlines(catalogue, calendar, {
    serviceId,
    channel,
    acceptedAt,
    settings: { transitAllowanceWorkingDays: 0 },
  });
  return toCaseRow(intake, state, deadlines, acceptedAt);
}

export async function insertCases(db: AppDatabase, specs: CaseSpec[]): Promise<CaseRow[]> {
  const rows = specs.map(makeCase);
  await db.cases.bulkAdd(rows);
  return rows;
}
