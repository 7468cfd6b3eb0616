import { afterEach, describe, expect, it } from 'vitest';
import {
  almatyMonth,
  monthRange,
  monthlyReport,
  shareOnTime,
  timeliness,
  type CaseSummary,
  type Timeliness,
} from '@shared/reports';
import { almatyInstant } from '@shared/time/almaty';

const at = almatyInstant;
const base: CaseSummary = {
  serviceId: 'housing-assistance',
  channel: 'district',
  status: 'registered',
  acceptedAt: at('2026-03-02', 10, 0),
  due: '2026-03-12',
};

describe('almatyMonth: the Almaty calendar month whatever the machine zone', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = savedTz;
  });
  const cases: [string, number, string][] = [
    ['23:30 Almaty on 31 March (18:30 UTC)', at('2026-03-31', 23, 30), '2026-03'],
    ['00:10 Almaty on 1 April (19:10 UTC on 31 March)', at('2026-04-01', 0, 10), '2026-04'],
    ['the first instant of April in Almaty', Date.UTC(2026, 2, 31, 19, 0), '2026-04'],
    ['the last millisecond of March in Almaty', Date.UTC(2026, 2, 31, 19, 0) - 1, '2026-03'],
    ['23:30 on 31 January 2024, still UTC+6 (17:30 UTC)', at('2024-01-31', 23, 30), '2024-01'],
    ['00:30 on 1 February 2024 at UTC+6 (18:30 UTC on 31 January)', at('2024-02-01', 0, 30), '2024-02'],
    ['23:30 on 31 December', at('2026-12-31', 23, 30), '2026-12'],
    ['00:00 on 1 January', at('2027-01-01', 0, 0), '2027-01'],
  ];
  for (const tz of ['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Asia/Almaty']) {
    it.each(cases)(`${tz}: %s`, (_name, instant, month) => {
      process.env.TZ = tz;
      expect(almatyMonth(instant)).toBe(month);
    });
  }

  it('puts a case accepted at 23:30 on the 31st into that month in the report', () => {
    process.env.TZ = 'America/New_York';
    const r = monthlyReport(
      [
        { ...base, acceptedAt: at('2026-03-31', 23, 30) },
        { ...base, acceptedAt: at('2026-04-01', 0, 5) },
      ],
      [{ serviceId: 'housing-assistance', at: at('2026-03-31', 23, 59) }],
      { asOf: '2026-04-10' },
    );
    expect(r.months).toEqual(['2026-03', '2026-04']);
    expect(r.byMonth['2026-03']!.accepted).toBe(1);
    expect(r.byMonth['2026-04']!.accepted).toBe(1);
    expect(r.byMonth['2026-03']!.counterRefusals).toBe(1);
    expect(r.byMonth['2026-04']!.counterRefusals).toBe(0);
  });
});

describe('timeliness against the overall term (docs/decisions.md: the overall term decides "overdue")', () => {
  const asOf = '2026-03-20';
  const table: [string, Partial<CaseSummary>, Timeliness][] = [
    ['decided on the due date, late evening', { decidedAt: at('2026-03-12', 23, 59) }, 'on-time'],
    [
      'decided the day after the due date, just after midnight',
      { decidedAt: at('2026-03-13', 0, 1) },
      'late',
    ],
    ['decided before the due date', { decidedAt: at('2026-03-05', 9, 0) }, 'on-time'],
    [
      'delivered (same moment as result) on the due date',
      { deliveredAt: at('2026-03-12', 17, 0) },
      'on-time',
    ],
    [
      'decided in time, delivered later: the decision counts',
      { decidedAt: at('2026-03-11', 12, 0), deliveredAt: at('2026-03-19', 12, 0) },
      'on-time',
    ],
    [
      'delivered before a (corrected) decision record: the earlier moment counts',
      { decidedAt: at('2026-03-14', 12, 0), deliveredAt: at('2026-03-12', 12, 0) },
      'on-time',
    ],
    ['undecided, due date before today', { due: '2026-03-19' }, 'overdue-open'],
    ['undecided, due today', { due: '2026-03-20' }, 'pending'],
    ['undecided, due later', { due: '2026-03-25' }, 'pending'],
    ['same-visit service without a due date', { serviceId: 'employment-referral', due: null }, 'no-term'],
    ['same-visit with an empty due string', { serviceId: 'asp-recipient-certificate', due: '' }, 'no-term'],
    ['withdrawn without a result', { status: 'withdrawn', due: '2026-03-01' }, 'no-result'],
    ['cancelled without a result', { status: 'cancelled' }, 'no-result'],
    ['refused acceptance', { status: 'acceptance-refused', due: '2026-03-01' }, 'no-result'],
  ];
  it.each(table)('%s', (_name, patch, expected) => {
    expect(timeliness({ ...base, ...patch }, asOf)).toBe(expected);
  });

  it('refuses a malformed due date rather than comparing strings', () => {
    expect(() => timeliness({ ...base, due: '12.03.2026' }, asOf)).toThrow(RangeError);
  });
});

describe('shareOnTime', () => {
  it.each([
    [{ onTime: 0, late: 0, overdueOpen: 0 }, null],
    [{ onTime: 3, late: 1, overdueOpen: 0 }, 0.75],
    [{ onTime: 1, late: 1, overdueOpen: 2 }, 0.25],
    [{ onTime: 0, late: 2, overdueOpen: 0 }, 0],
    [{ onTime: 5, late: 0, overdueOpen: 0 }, 1],
  ])('%j → %s', (t, expected) => {
    expect(shareOnTime(t)).toBe(expected);
  });
});

describe('monthlyReport', () => {
  const cases: CaseSummary[] = [
    {
      ...base,
      status: 'issued-in-person',
      decidedAt: at('2026-03-10', 11, 0),
      deliveredAt: at('2026-03-11', 9, 0),
    },
    { ...base, channel: 'center', status: 'ready-for-pickup', decidedAt: at('2026-03-13', 11, 0) },
    { ...base, channel: 'center', status: 'registered', due: '2026-03-16' },
    { ...base, status: 'registered', due: '2026-04-30' },
    { ...base, status: 'withdrawn', closedAt: at('2026-03-04', 10, 0) },
    {
      ...base,
      serviceId: 'employment-referral',
      status: 'issued-in-person',
      due: null,
      deliveredAt: at('2026-03-03', 10, 20),
    },
    {
      ...base,
      serviceId: 'child-benefit-under-18',
      acceptedAt: at('2026-05-04', 10, 0),
      due: '2026-05-14',
      status: 'decided-approved',
      decidedAt: at('2026-05-14', 18, 0),
    },
  ];
  const refusals = [
    { serviceId: 'housing-assistance' as const, at: at('2026-03-05', 10, 0) },
    { serviceId: 'housing-assistance' as const, at: at('2026-03-06', 10, 0) },
    { serviceId: 'child-benefit-under-18' as const, at: at('2026-02-27', 10, 0) },
  ];
  const r = monthlyReport(cases, refusals, { asOf: '2026-03-20' });

  it('spans every month of the data, empty April included', () => {
    expect(r.months).toEqual(['2026-02', '2026-03', '2026-04', '2026-05']);
    expect(r.byMonth['2026-04']).toMatchObject({ accepted: 0, counterRefusals: 0, share: null });
  });

  it('counts per month × service × channel × status, sorted', () => {
    expect(r.counts).toEqual([
      {
        month: '2026-03',
        serviceId: 'housing-assistance',
        channel: 'district',
        status: 'registered',
        count: 1,
      },
      {
        month: '2026-03',
        serviceId: 'housing-assistance',
        channel: 'district',
        status: 'issued-in-person',
        count: 1,
      },
      {
        month: '2026-03',
        serviceId: 'housing-assistance',
        channel: 'district',
        status: 'withdrawn',
        count: 1,
      },
      {
        month: '2026-03',
        serviceId: 'housing-assistance',
        channel: 'center',
        status: 'registered',
        count: 1,
      },
      {
        month: '2026-03',
        serviceId: 'housing-assistance',
        channel: 'center',
        status: 'ready-for-pickup',
        count: 1,
      },
      {
        month: '2026-03',
        serviceId: 'employment-referral',
        channel: 'district',
        status: 'issued-in-person',
        count: 1,
      },
      {
        month: '2026-05',
        serviceId: 'child-benefit-under-18',
        channel: 'district',
        status: 'decided-approved',
        count: 1,
      },
    ]);
  });

  it('tallies housing in March: on time, late, overdue, pending, withdrawn; share over the settled ones', () => {
    const housing = r.rows.find((x) => x.month === '2026-03' && x.serviceId === 'housing-assistance')!;
    expect(housing).toMatchObject({
      accepted: 5,
      byChannel: { district: 3, center: 2 },
      onTime: 1,
      late: 1,
      overdueOpen: 1,
      pending: 1,
      noTerm: 0,
      noResult: 1,
      counterRefusals: 2,
    });
    expect(housing.share).toBeCloseTo(1 / 3, 10);
  });

  it('gives a same-visit-only group no share (null, not NaN)', () => {
    const referral = r.rows.find((x) => x.serviceId === 'employment-referral')!;
    expect(referral).toMatchObject({ accepted: 1, noTerm: 1 });
    expect(referral.share).toBeNull();
  });

  it('has a row for a month with only counter refusals', () => {
    expect(r.rows.find((x) => x.month === '2026-02')).toMatchObject({
      serviceId: 'child-benefit-under-18',
      accepted: 0,
      counterRefusals: 1,
      share: null,
    });
  });

  it('adds up per month, per service and in total', () => {
    expect(r.total).toMatchObject({ accepted: 7, onTime: 2, late: 1, overdueOpen: 1, counterRefusals: 3 });
    expect(r.total.share).toBe(0.5);
    expect(r.byService['child-benefit-under-18']).toMatchObject({
      accepted: 1,
      onTime: 1,
      counterRefusals: 1,
    });
    expect(r.byService['disability-wheelchair']).toBeUndefined();
    const sum = (k: 'accepted' | 'counterRefusals') => Object.values(r.byMonth).reduce((a, t) => a + t[k], 0);
    expect(sum('accepted')).toBe(r.total.accepted);
    expect(sum('counterRefusals')).toBe(r.total.counterRefusals);
  });

  it('keeps to the requested months', () => {
    const april = monthlyReport(cases, refusals, { asOf: '2026-03-20', from: '2026-03', to: '2026-03' });
    expect(april.months).toEqual(['2026-03']);
    expect(april.total.accepted).toBe(6);
    expect(april.total.counterRefusals).toBe(2);
  });

  it('with no cases and no refusals: no months, zero counts, share none', () => {
    const empty = monthlyReport([], [], { asOf: '2026-03-20' });
    expect(empty.months).toEqual([]);
    expect(empty.rows).toEqual([]);
    expect(empty.total).toMatchObject({ accepted: 0, share: null });
    const emptyRange = monthlyReport([], [], { asOf: '2026-03-20', from: '2026-01', to: '2026-02' });
    expect(emptyRange.months).toEqual(['2026-01', '2026-02']);
    expect(Object.values(emptyRange.byMonth).map((t) => t.share)).toEqual([null, null]);
    expect(JSON.stringify(emptyRange)).not.toContain('NaN');
  });

  it('monthRange crosses a year', () => {
    expect(monthRange('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(() => monthRange('2026-13', '2027-01')).toThrow(RangeError);
  });
});
