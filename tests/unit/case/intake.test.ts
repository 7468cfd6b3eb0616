import { describe, expect, it } from 'vitest';
import { foldSurname } from '@shared/case/search';
import { fullName, intakeSchema, surnameWithInitials } from '@shared/case/intake';

const base = {
  serviceId: 'housing-assistance',
  subType: null,
  channel: 'center',
  rulesVersion: 'default',
  applicant: {
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
  },
  representative: null,
  family: [],
  answers: { dwelling: 'individual-house' },
  documents: [{ itemId: 'identity', originalShown: true, copyReceived: true }],
  acceptingOfficeCode: '22',
  deskCode: '01',
  districtOfficeCode: '12',
  acceptedAt: 1_790_000_000_000,
  acceptedBy: { userId: 'u1', fullName: 'Иванова Анна' },
};

describe('intake schema (digest 6.2)', () => {
  it('accepts a complete intake and fills defaults', () => {
    const r = intakeSchema.parse(base);
    expect(r.incomingNumber).toBe('');
    expect(r.applicant.identity.issuedBy).toBe('МВД РК');
  });
  it('refuses a malformed IIN, office code or unknown district', () => {
    expect(intakeSchema.safeParse({ ...base, applicant: { ...base.applicant, iin: '12345' } }).success).toBe(
      false,
    );
    expect(intakeSchema.safeParse({ ...base, acceptingOfficeCode: '2' }).success).toBe(false);
    const badDistrict = { ...base.applicant, registeredAddress: { district: 'nauryzbay', street: 'x' } };
    expect(intakeSchema.safeParse({ ...base, applicant: badDistrict }).success).toBe(false);
  });
  it('allows an applicant without an IIN (docs/decisions.md, identity)', () => {
    expect(intakeSchema.safeParse({ ...base, applicant: { ...base.applicant, iin: '' } }).success).toBe(true);
  });
  it('prints names', () => {
    expect(surnameWithInitials(base.applicant)).toBe('Қасымов Ә. С.');
    expect(fullName(base.applicant)).toBe('Қасымов Әли Серікұлы');
  });
});

describe('surname folding (issue 4, journal search)', () => {
  it.each([
    ['Қасымов', 'касымов'],
    ['Әбілов', 'абилов'],
    ['Нұрғалиев', 'нургалиев'],
    ['Сеңгірбаев', 'сенгирбаев'],
    ['Өтегенова', 'отегенова'],
    ['Үсенов', 'усенов'],
    ['Һасенов', 'хасенов'],
    ['Семёнов', 'семенов'],
  ])('%s → %s', (input, folded) => {
    expect(foldSurname(input)).toBe(folded);
  });
  it('makes Kazakh and Russian spellings meet', () => {
    expect(foldSurname('Қасымов').startsWith(foldSurname('Касым'))).toBe(true);
  });
});
