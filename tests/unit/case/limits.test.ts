import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { intakeSchema } from '@shared/case/intake';
import { fieldProblem, fieldSchemaAt, maxLengthAt } from '@shared/case/limits';

describe('limits read from the intake schema (issue 16, item 4)', () => {
  it('finds the maximum through objects, arrays, defaults and nullables', () => {
    const max = (path: string) => maxLengthAt(intakeSchema, path);
    // Each number is whatever the schema states: compare with the schema's own field, not a copy.
    const surname = (intakeSchema.shape.applicant.shape.surname as z.ZodString).maxLength;
    expect(surname).toBeGreaterThan(0);
    expect(max('applicant.surname')).toBe(surname);
    expect(max('applicant.identity.issuedBy')).toBeGreaterThan(0);
    expect(max('applicant.actualAddress.street')).toBeGreaterThan(0);
    expect(max('applicant.phones.1')).toBeGreaterThan(0);
    expect(max('representative.basisDocument')).toBeGreaterThan(0);
    expect(max('family.3.name')).toBe(max('family.0.name'));
  });

  it('says null for a path the schema does not have or that holds no string', () => {
    expect(fieldSchemaAt(intakeSchema, 'applicant.nickname')).toBeNull();
    expect(maxLengthAt(intakeSchema, 'applicant.nickname')).toBeNull();
    expect(maxLengthAt(intakeSchema, 'acceptedAt')).toBeNull();
  });

  it('names the problem of a value: too long with the limit, or invalid for any other rule', () => {
    const limit = maxLengthAt(intakeSchema, 'applicant.surname')!;
    expect(fieldProblem(intakeSchema, 'applicant.surname', 'Қ'.repeat(limit))).toBeNull();
    expect(fieldProblem(intakeSchema, 'applicant.surname', 'Қ'.repeat(limit + 1))).toEqual({
      code: 'too-long',
      max: limit,
    });
    // The schema trims: spaces around do not count.
    expect(fieldProblem(intakeSchema, 'applicant.surname', ` ${'Қ'.repeat(limit)} `)).toBeNull();
    expect(fieldProblem(intakeSchema, 'applicant.iin', '12ab')).toEqual({ code: 'invalid' });
    expect(fieldProblem(intakeSchema, 'applicant.surname', '')).toBeNull();
  });
});
