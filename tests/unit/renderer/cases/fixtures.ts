import { intakeSchema, type Intake, type IntakeInput } from '@shared/case/intake';

/** 2026-03-16 10:00 Almaty (UTC+5), a Monday. */
export const MONDAY_10AM = Date.UTC(2026, 2, 16, 5, 0);

export const APPLICANT: IntakeInput['applicant'] = {
  surname: 'Қасымов',
  name: 'Әли',
  patronymic: 'Серікұлы',
  iin: '950615300000',
  birthDate: '1995-06-15',
  status: 'citizen',
  identity: { docType: 'id-card', number: '012345678', issuedBy: 'МВД РК', issuedOn: '2020-01-10' },
  registeredAddress: { district: 'almaly', street: 'ул. Шевченко, 1, кв. 2' },
  actualAddress: null,
  phones: ['+7 701 000 00 00'],
};

export function sampleIntake(overrides: Partial<IntakeInput> = {}): Intake {
  return intakeSchema.parse({
    serviceId: 'housing-assistance',
    subType: null,
    channel: 'center',
    rulesVersion: 'default',
    applicant: APPLICANT,
    representative: null,
    family: [],
    answers: { dwelling: 'individual-house' },
    documents: [{ itemId: 'identity', originalShown: true, copyReceived: true }],
    acceptingOfficeCode: '22',
    deskCode: '01',
    districtOfficeCode: '12',
    acceptedAt: MONDAY_10AM,
    acceptedBy: { userId: 'u1', fullName: 'Иванова Анна' },
    ...overrides,
  });
}
