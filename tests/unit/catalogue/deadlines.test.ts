// Due dates per service and channel across holiday clusters (digest 6.4; docs/decisions.md, terms).
import { describe, expect, it } from 'vitest';
import { OutOfCalendarRangeError, buildCalendar } from '@shared/calendar';
import { applyOverrides, defaultCatalogue, type ServiceId } from '@shared/catalogue';
import { DeadlineInputError, caseDeadlines, sameVisitOverrun, type CaseDeadlines } from '@shared/deadlines';
import { almatyInstant } from '@shared/time/almaty';

const catalogue = defaultCatalogue();
const cal = buildCalendar();
const settings = { transitAllowanceWorkingDays: 0 };

function run(
  serviceId: ServiceId,
  channel: 'district' | 'center',
  accepted: string,
  extra: Partial<Parameters<typeof caseDeadlines>[2]> = {},
) {
  return caseDeadlines(catalogue, cal, {
    serviceId,
    channel,
    acceptedAt: almatyInstant(accepted, 10, 0),
    settings,
    ...extra,
  });
}

const step = (d: CaseDeadlines, id: string) => d.steps.find((s) => s.stepId === id)!;

describe('overall due dates', () => {
  // [cite, service, channel, accepted, due]
  const rows: [string, ServiceId, 'district' | 'center', string, string][] = [
    [
      '3.1 §11.1 ЦОН 10 CD across Nauryz (lands on Mon 30 Mar)',
      'housing-assistance',
      'center',
      '2026-03-20',
      '2026-03-30',
    ],
    [
      '3.1 §11.1 district 10 CD lands on Nauryz 23 Mar, moves past 24-25 Mar',
      'housing-assistance',
      'district',
      '2026-03-13',
      '2026-03-26',
    ],
    [
      '3.2 §4 15 CD lands on Independence Day 16 Dec 2026',
      'maslikhat-social-aid',
      'district',
      '2026-12-01',
      '2026-12-17',
    ],
    [
      '3.4 §6.1 7 WD across Nauryz 2026',
      'targeted-social-assistance',
      'district',
      '2026-03-20',
      '2026-04-03',
    ],
    [
      '3.4 §6.1 7 WD across the May 2026 holidays (1, 7, 11 May)',
      'targeted-social-assistance',
      'district',
      '2026-04-30',
      '2026-05-14',
    ],
    [
      '3.6 §4 10 WD across Nauryz (20 Mar, then 26 Mar on)',
      'disability-sanatorium',
      'district',
      '2026-03-19',
      '2026-04-07',
    ],
    [
      '3.7 §5 10 WD across Republic Day (26 Oct 2026)',
      'disability-wheelchair',
      'district',
      '2026-10-23',
      '2026-11-09',
    ],
    [
      '3.8 §4 10 WD across Independence Day',
      'disability-assistant-sign-language',
      'district',
      '2026-12-10',
      '2026-12-25',
    ],
    [
      '3.9 §4.1 7 WD around Kurban Ait 27 May 2026',
      'child-benefit-under-18',
      'district',
      '2026-05-25',
      '2026-06-04',
    ],
    ['3.9 §4.1 ЦОН 7 WD around Kurban Ait', 'child-benefit-under-18', 'center', '2026-05-26', '2026-06-05'],
    [
      '3.9 §4.1 7 WD across the 2026/2027 year end (1, 4, 7 Jan off)',
      'child-benefit-under-18',
      'district',
      '2026-12-28',
      '2027-01-11',
    ],
  ];
  it.each(rows)('%s', (_cite, service, channel, accepted, due) => {
    const d = run(service, channel, accepted);
    expect(d.acceptedOn).toBe(accepted);
    expect(d.due).toBe(due);
    expect(d.issueDate).toBe(due);
  });

  it('reports the unit and term of the channel (6.4.1)', () => {
    const d = run('housing-assistance', 'center', '2026-03-20');
    expect([d.unit, d.term]).toEqual(['calendar-days', 10]);
    const c = run('child-benefit-under-18', 'district', '2026-03-20');
    expect([c.unit, c.term]).toEqual(['working-days', 7]);
  });

  it('counts from the Almaty date of the instant, whatever the machine zone', () => {
    // 20:00Z on 19 March is 01:00 on 20 March in Almaty.
    const d = caseDeadlines(catalogue, cal, {
      serviceId: 'housing-assistance',
      channel: 'center',
      acceptedAt: Date.UTC(2026, 2, 19, 20, 0),
      settings,
    });
    expect(d.acceptedOn).toBe('2026-03-20');
    expect(d.due).toBe('2026-03-30');
  });
});

describe('ЦОН channel: the receipt clock and the district clock (docs/decisions.md)', () => {
  it('housing at a ЦОН on 2026-03-20: the receipt promises 30 Mar; the district clock waits for registration', () => {
    const d = run('housing-assistance', 'center', '2026-03-20');
    expect(d.centerClock).toEqual({ acceptedOn: '2026-03-20', due: '2026-03-30', issueDate: '2026-03-30' });
    expect(d.districtClock).toEqual({
      registeredOn: null,
      term: { value: 10, unit: 'calendar-days' },
      due: null,
    });
    expect(step(d, 'B3a').basis).toBe('pending');
    expect(step(d, 'B6').basis).toBe('pending');
    expect(step(d, 'B2').basis).toBe('overall');
  });

  it('after registration on 26 Mar: 10 CD district clock (3.1 §12.2), 3 WD return of an incomplete package (3.1 §13)', () => {
    const d = run('housing-assistance', 'center', '2026-03-20', {
      registeredAt: almatyInstant('2026-03-26', 11),
    });
    expect(d.due).toBe('2026-03-30');
    expect(d.districtClock).toMatchObject({ registeredOn: '2026-03-26', due: '2026-04-06' });
    expect(step(d, 'B3a')).toMatchObject({ due: '2026-03-31', basis: 'step', conditional: true });
    expect(step(d, 'B6')).toMatchObject({ due: '2026-04-06', beyondOverall: false });
  });

  it('the transit allowance moves the printed issue date, never the due date', () => {
    const d = run('housing-assistance', 'center', '2026-03-20', {
      settings: { transitAllowanceWorkingDays: 2 },
    });
    expect(d.due).toBe('2026-03-30');
    expect(d.issueDate).toBe('2026-04-01');
  });

  it('the district channel ignores the transit allowance', () => {
    const d = run('housing-assistance', 'district', '2026-03-20', {
      settings: { transitAllowanceWorkingDays: 2 },
    });
    expect(d.issueDate).toBe(d.due);
    expect(d.centerClock).toBeUndefined();
  });

  it('child benefit at a ЦОН: 3 WD to send the electronic request (3.9 §11.2 B3)', () => {
    const d = run('child-benefit-under-18', 'center', '2026-05-26');
    expect(step(d, 'B3')).toMatchObject({ due: '2026-06-01', role: 'accumulation-inspector' });
    expect(step(d, 'B8').basis).toBe('pending');
  });

  it('child benefit registered 1 Jun: district steps 2/3/7/5 WD from registration (3.9 §11.2), overruns shown', () => {
    const d = run('child-benefit-under-18', 'center', '2026-05-26', {
      registeredAt: almatyInstant('2026-06-01', 9),
    });
    expect(d.due).toBe('2026-06-05');
    expect(d.districtClock?.due).toBe('2026-06-10');
    expect(step(d, 'B4')).toMatchObject({ due: '2026-06-03', conditional: true });
    expect(step(d, 'B5')).toMatchObject({ due: '2026-06-08', conditional: true });
    expect(step(d, 'B8').due).toBe('2026-06-03');
    expect(step(d, 'B9').due).toBe('2026-06-08');
    expect(step(d, 'B11')).toMatchObject({ due: '2026-06-10', beyondOverall: false });
    // 6.5 #37: the 5 WD notification runs past the 7 WD decision clock; shown, not clamped.
    expect(step(d, 'B12')).toMatchObject({ due: '2026-06-17', beyondOverall: true });
  });

  it('the housing start month uses the acceptance at the ЦОН, not the registration (docs/decisions.md)', () => {
    const d = run('housing-assistance', 'center', '2026-06-25', {
      registeredAt: almatyInstant('2026-06-29', 9),
    });
    expect(d.housingPeriod).toEqual({
      referenceDate: '2026-06-25',
      startMonth: '2026-06',
      endMonth: '2027-05',
      months: 12,
    });
    const late = run('housing-assistance', 'district', '2026-06-26');
    expect(late.housingPeriod).toMatchObject({ startMonth: '2026-07', endMonth: '2027-06' });
    expect(run('child-benefit-under-18', 'center', '2026-06-25').housingPeriod).toBeUndefined();
  });
});

describe('step limits (docs/decisions.md: warnings per step; the overall term decides)', () => {
  it('АСП: 3 WD to the commission, 5 WD commission, past the 7 WD term (3.4 §13; 6.5 #20)', () => {
    const d = run('targeted-social-assistance', 'district', '2026-04-30');
    expect(step(d, '1')).toMatchObject({ due: '2026-05-06', role: 'district-specialist' });
    expect(step(d, '2')).toMatchObject({ due: '2026-05-15', role: 'commission-member', beyondOverall: true });
    expect(step(d, '3c')).toMatchObject({ due: '2026-05-14', beyondOverall: false });
  });

  it('child benefit, district: 2 WD to commissions, 3 WD conclusion, 7 WD decision, 5 WD notice (3.9 §11.1)', () => {
    const d = run('child-benefit-under-18', 'district', '2026-05-25');
    expect(step(d, 'A6').due).toBe('2026-05-28');
    expect(step(d, 'A7').due).toBe('2026-06-02');
    expect(step(d, 'A9').due).toBe('2026-06-04');
    expect(step(d, 'A10')).toMatchObject({ due: '2026-06-11', beyondOverall: true });
    expect(step(d, 'A3d').basis).toBe('pending');
  });

  it('a recorded step completion replaces the planned one as the anchor', () => {
    const d = run('child-benefit-under-18', 'district', '2026-05-25', {
      stepsDoneAt: { A6: almatyInstant('2026-05-26', 15) },
    });
    expect(step(d, 'A7').due).toBe('2026-06-01');
  });

  it('district registration after acceptance moves the child-benefit term (3.9 §4.1: from registration)', () => {
    const d = run('child-benefit-under-18', 'district', '2026-05-25', {
      registeredAt: almatyInstant('2026-05-26', 9),
    });
    expect(d.due).toBe('2026-06-05');
  });
});

describe('minute terms (3.3 §4, 3.5 §4; docs/decisions.md: same visit, no pickup date)', () => {
  it.each([
    ['employment-referral', 30, '3'],
    ['asp-recipient-certificate', 15, '4'],
  ] as const)('%s: %i minutes from acceptance', (service, minutes, lastStep) => {
    const start = almatyInstant('2026-03-20', 10, 0);
    const d = run(service, 'district', '2026-03-20');
    expect(d.unit).toBe('minutes');
    expect(d.due).toBeNull();
    expect(d.issueDate).toBeNull();
    expect(d.sameVisit).toEqual({ startAt: start, endBy: start + minutes * 60_000 });
    expect(step(d, lastStep).dueAt).toBe(start + minutes * 60_000);
  });

  it('the АСП certificate speaks for the calendar quarter of the visit (3.5 §7; 6.5 #26)', () => {
    expect(run('asp-recipient-certificate', 'district', '2026-03-31').certificateQuarter).toEqual({
      year: 2026,
      quarter: 1,
      start: '2026-01-01',
      end: '2026-03-31',
    });
    expect(run('asp-recipient-certificate', 'district', '2026-04-01').certificateQuarter?.quarter).toBe(2);
    expect(run('employment-referral', 'district', '2026-04-01').certificateQuarter).toBeUndefined();
  });

  it('flags an overrun', () => {
    const start = almatyInstant('2026-03-20', 10, 0);
    expect(sameVisitOverrun(start, start + 15 * 60_000, { value: 15, unit: 'minutes' })).toEqual({
      elapsedMinutes: 15,
      overrun: false,
    });
    expect(sameVisitOverrun(start, start + 16 * 60_000, { value: 15, unit: 'minutes' }).overrun).toBe(true);
    expect(() => sameVisitOverrun(start, start - 1, { value: 15, unit: 'minutes' })).toThrow(RangeError);
  });
});

describe('refusals', () => {
  it('a district-only service has no ЦОН channel (docs/decisions.md, channels)', () => {
    expect(() => run('maslikhat-social-aid', 'center', '2026-03-20')).toThrow(DeadlineInputError);
  });

  it('a due date beyond the calendar data is an error, never a Mon-Fri guess (docs/decisions.md)', () => {
    expect(() => run('child-benefit-under-18', 'district', '2027-12-28')).toThrow(OutOfCalendarRangeError);
  });

  it('registration before acceptance is refused', () => {
    expect(() =>
      run('housing-assistance', 'center', '2026-03-20', { registeredAt: almatyInstant('2026-03-19') }),
    ).toThrow(DeadlineInputError);
  });
});

describe('deadlines under overrides', () => {
  it('uses an administrator term and records the rules version', () => {
    const c = applyOverrides(catalogue, {
      services: {
        'child-benefit-under-18': { channels: { center: { term: { value: 10, unit: 'working-days' } } } },
      },
    });
    const d = caseDeadlines(c, cal, {
      serviceId: 'child-benefit-under-18',
      channel: 'center',
      acceptedAt: almatyInstant('2026-05-26', 10),
      settings,
    });
    expect(d.due).toBe('2026-06-10');
    expect(d.rulesVersion).toBe(c.rulesVersion);
    expect(d.rulesVersion).not.toBe(catalogue.rulesVersion);
  });

  it('a service opened to the ЦОН gets both clocks, district steps counted from registration', () => {
    const c = applyOverrides(catalogue, {
      services: { 'targeted-social-assistance': { channels: { center: { enabled: true } } } },
    });
    const d = caseDeadlines(c, cal, {
      serviceId: 'targeted-social-assistance',
      channel: 'center',
      acceptedAt: almatyInstant('2026-03-20', 10),
      registeredAt: almatyInstant('2026-03-27', 10),
      settings,
    });
    expect(d.due).toBe('2026-04-03');
    expect(d.districtClock).toMatchObject({ registeredOn: '2026-03-27', due: '2026-04-07' });
    expect(d.steps.map((s) => s.stepId).slice(0, 3)).toEqual(['C1', 'C2', '1']);
    expect(step(d, '1').due).toBe('2026-04-01');
  });
});
