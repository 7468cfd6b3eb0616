import { describe, expect, it } from 'vitest';
import { AREAS, areasFor } from '@shared/auth/access';
import {
  complaintAccess,
  complaintCounts,
  filterComplaints,
  makeComplaintNumber,
  withComplaintArea,
} from '@shared/complaints';
import { complaint } from './fixture';

describe('who works with complaints', () => {
  it('gives ЦОН management and the Управление specialists the whole journal, at their own office type only', () => {
    const all = { see: true, register: true, review: true };
    expect(complaintAccess({ roles: ['center-head'] }, 'center', false)).toEqual(all);
    expect(complaintAccess({ roles: ['department-specialist'] }, 'department', false)).toEqual(all);
    expect(complaintAccess({ roles: ['center-head'] }, 'district', false).see).toBe(false);
    expect(complaintAccess({ roles: ['department-specialist'] }, 'center', false).see).toBe(false);
    expect(complaintAccess({ roles: ['center-head'], disabled: true }, 'center', false).see).toBe(false);
  });

  it('lets a ЦОН inspector register on their behalf only where the administrator allows it', () => {
    expect(complaintAccess({ roles: ['center-inspector'] }, 'center', false).see).toBe(false);
    expect(complaintAccess({ roles: ['center-inspector'] }, 'center', true)).toEqual({
      see: true,
      register: true,
      review: false,
    });
    expect(complaintAccess({ roles: ['admin'] }, 'center', false)).toEqual({
      see: true,
      register: false,
      review: false,
    });
  });

  it('puts the area in the menu exactly when it may be seen', () => {
    const inspector = areasFor({ roles: ['center-inspector'] });
    expect(inspector).not.toContain('complaints');
    const allowed = withComplaintArea(inspector, { see: true, register: true, review: false }, AREAS);
    expect(allowed).toEqual(['intake', 'journal', 'complaints', 'registries', 'deadlines', 'directory']);
    const head = areasFor({ roles: ['center-head'] });
    expect(withComplaintArea(head, { see: false, register: false, review: false }, AREAS)).not.toContain(
      'complaints',
    );
  });
});

describe('journal and report counts', () => {
  const a = complaint();
  const b = complaint({
    id: makeComplaintNumber({ officeCode: '22', deskCode: '00', year: 2026, sequence: 2 }),
    kind: 'result',
    complainant: { ...a.complainant, surname: 'Петрова', iin: '800505400128' },
    status: 'answered',
    registeredAt: a.registeredAt + 1,
    review: { findings: 'f', outcome: 'refused', reasons: 'r', reviewedAt: 0 },
    answer: { outgoingNumber: '1', postedOn: '2026-03-10', recordedAt: 0 },
  });
  const c = complaint({
    id: makeComplaintNumber({ officeCode: '22', deskCode: '00', year: 2026, sequence: 3 }),
    registeredOn: '2026-04-01',
    dueDate: '2026-04-22',
  });

  it('finds by number, IIN and folded surname, and filters by status and kind', () => {
    expect(filterComplaints([a, b, c], { query: 'касымов' }).map((x) => x.id)).toEqual([a.id, c.id]);
    expect(filterComplaints([a, b, c], { query: '8005' }).map((x) => x.id)).toEqual([b.id]);
    expect(filterComplaints([a, b, c], { query: b.id.slice(0, 12) }).map((x) => x.id)).toEqual([b.id]);
    expect(filterComplaints([a, b, c], { status: 'answered' })).toEqual([b]);
    expect(filterComplaints([a, b, c], { kind: 'result' })).toEqual([b]);
  });

  it('counts received, answered on time, overdue, by kind and outcome in a period', () => {
    const n = complaintCounts([a, b, c], { from: '2026-03-01', to: '2026-03-31' }, '2026-03-30');
    expect(n).toMatchObject({
      received: 2,
      answered: 1,
      answeredOnTime: 1,
      answeredLate: 0,
      open: 1,
      overdue: 1,
      byKind: { result: 1, service: 1 },
      byOutcome: { refused: 1, satisfied: 0, partly: 0 },
    });
  });
});
