// Runs the real command (tsx scripts/cli.ts, as `npm run -s cli` does) and checks stdout JSON and
// exit codes (docs/cli.md).
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');

// Each case starts a tsx process; on a loaded two-core machine that can take several seconds.
const SLOW = { timeout: 90_000 };

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], opts: { npm?: boolean; tz?: string } = {}): Promise<Run> {
  const [file, argv] = opts.npm
    ? ['npm', ['run', '-s', 'cli', '--', ...args]]
    : [TSX, ['scripts/cli.ts', ...args]];
  return new Promise((done) => {
    execFile(
      file,
      argv,
      { cwd: ROOT, env: { ...process.env, TZ: opts.tz ?? 'UTC', NO_COLOR: '1' }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** Exactly one JSON object on stdout. */
function json(r: Run): Record<string, unknown> {
  expect(r.stdout.trim().split('\n')).toHaveLength(1);
  const value = JSON.parse(r.stdout) as unknown;
  expect(value).toBeTypeOf('object');
  expect(Array.isArray(value)).toBe(false);
  return value as Record<string, unknown>;
}

describe.concurrent('cli iin', SLOW, () => {
  it.each([
    ['950615300000', { valid: true, errors: [], warnings: [], birthDate: '1995-06-15', sex: 'male' }],
    ['950615300104', { valid: true, errors: [], warnings: [], birthDate: '1995-06-15', sex: 'male' }],
    ['950615300131', { valid: false, errors: ['unusable-prefix'], warnings: [], birthDate: null, sex: null }],
    ['12345', { valid: false, errors: ['length'], warnings: [], birthDate: null, sex: null }],
  ])('iin %s --json: an invalid IIN is still exit 0', async (iin, expected) => {
    const r = await run(['iin', iin, '--json']);
    expect(r.code).toBe(0);
    expect(json(r)).toEqual(expected);
  });

  it('through npm run -s cli, with a readable Russian answer without --json', async () => {
    const r = await run(['iin', '950615300000'], { npm: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('корректен');
    expect(r.stdout).toContain('15.06.1995');
  });
});

describe.concurrent('cli due', SLOW, () => {
  it('housing assistance at a ЦОН on 2026-03-20 (3.1 §11.1, across Nauryz)', async () => {
    const r = await run(['due', 'housing-assistance', 'center', '2026-03-20', '--json']);
    expect(r.code).toBe(0);
    const out = json(r);
    expect(out).toMatchObject({
      due: '2026-03-30',
      issueDate: '2026-03-30',
      unit: 'calendar-days',
      term: 10,
      centerClock: { acceptedOn: '2026-03-20', due: '2026-03-30' },
      districtClock: { registeredOn: null, due: null },
      housingPeriod: { startMonth: '2026-03', endMonth: '2027-02' },
    });
    const steps = out.steps as { stepId: string; role: string; due: string | null }[];
    expect(steps[0]).toMatchObject({ stepId: 'B1', role: 'center-inspector', due: '2026-03-20' });
    expect(steps.map((s) => s.stepId)).toContain('B3a');
  });

  it('child benefit, district, around Kurban Ait (3.9 §4.1, §11.1), in any machine time zone', async () => {
    const r = await run(['due', 'child-benefit-under-18', 'district', '2026-05-25', '--json'], {
      tz: 'America/New_York',
    });
    expect(r.code).toBe(0);
    const out = json(r);
    expect(out).toMatchObject({ due: '2026-06-04', issueDate: '2026-06-04', unit: 'working-days', term: 7 });
    const a10 = (out.steps as { stepId: string; due: string; beyondOverall: boolean }[]).find(
      (s) => s.stepId === 'A10',
    );
    expect(a10).toMatchObject({ due: '2026-06-11', beyondOverall: true });
  });

  it('ЦОН with registration and transit allowance', async () => {
    const r = await run([
      'due',
      'housing-assistance',
      'center',
      '2026-03-20',
      '--registered-at',
      '2026-03-26',
      '--transit=2',
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(json(r)).toMatchObject({
      due: '2026-03-30',
      issueDate: '2026-04-01',
      districtClock: { registeredOn: '2026-03-26', due: '2026-04-06' },
    });
  });

  it('minute-term service: no due or issue date, the visit window instead (3.3 §4)', async () => {
    const r = await run(['due', 'employment-referral', 'district', '2026-03-20T10:00', '--json']);
    expect(r.code).toBe(0);
    expect(json(r)).toMatchObject({
      due: null,
      issueDate: null,
      unit: 'minutes',
      term: 30,
      sameVisit: { startAt: '2026-03-20T10:00+05:00', endBy: '2026-03-20T10:30+05:00' },
    });
  });

  it('АСП certificate: same visit, valid for the quarter (3.5 §4, §7)', async () => {
    const r = await run(['due', 'asp-recipient-certificate', 'district', '2026-12-31T17:45', '--json']);
    expect(r.code).toBe(0);
    expect(json(r)).toMatchObject({
      due: null,
      unit: 'minutes',
      term: 15,
      sameVisit: { endBy: '2026-12-31T18:00+05:00' },
      certificateQuarter: { year: 2026, quarter: 4, start: '2026-10-01', end: '2026-12-31' },
    });
  });

  it('readable Russian text without --json', async () => {
    const r = await run(['due', 'targeted-social-assistance', 'district', '2026-03-20']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Срок истекает: 03.04.2026');
    expect(r.stdout).toContain('рабочих дней');
  });
});

describe.concurrent('cli checklist', SLOW, () => {
  it('housing, LEB-rented dwelling: items 1-5, 7, 8, 9 (docs/decisions.md; 3.1 §17)', async () => {
    const r = await run(['checklist', 'housing-assistance', '--situation', 'dwelling=leb-rented', '--json']);
    expect(r.code).toBe(0);
    const out = json(r);
    expect((out.required as { number: string }[]).map((d) => d.number)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '7',
      '8',
      '9',
    ]);
    expect(out.optional).toEqual([]);
    expect((out.notNeeded as { number: string }[]).map((d) => d.number)).toEqual(['6']);
    expect(out.situation).toEqual({ dwelling: 'leb-rented', maintenanceBilled: 'no' });
  });

  it('employment referral for a foreigner: residence permit; SIC and RNN optional with their numbers (3.3 §12)', async () => {
    const r = await run([
      'checklist',
      'employment-referral',
      '--subtype',
      'career-guidance',
      '--situation',
      'applicantStatus=foreigner',
      '--situation=firstTimeJobSeeker=yes',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const out = json(r);
    expect(out.subtype).toBe('career-guidance');
    expect((out.required as { id: string }[]).map((d) => d.id)).toEqual([
      'identity',
      'education',
      'residence-permit',
    ]);
    expect((out.optional as { id: string; number: string }[]).map((d) => [d.id, d.number])).toEqual([
      ['work-history', '2'],
      ['sic', '3'],
      ['rnn', '4'],
    ]);
  });

  it('--list-situations lists keys, values and defaults', async () => {
    const r = await run(['checklist', 'housing-assistance', '--list-situations', '--json']);
    expect(r.code).toBe(0);
    const out = json(r);
    const situations = out.situations as { key: string; default: string; values: { value: string }[] }[];
    expect(situations.map((s) => s.key)).toEqual(['dwelling', 'maintenanceBilled']);
    expect(situations[0]!.values.map((v) => v.value)).toEqual([
      'individual-house',
      'non-condominium',
      'condominium',
      'leb-rented',
    ]);
    expect(situations[0]!.default).toBe('condominium');
  });

  it('--list-situations in text names the maslikhat example category', async () => {
    const r = await run(['checklist', 'maslikhat-social-aid', '--list-situations']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('example-category');
    expect(r.stdout).toContain('ПРИМЕР');
  });
});

describe.concurrent('cli calendar', SLOW, () => {
  it('2026 non-working days with reasons (docs/calendar-kz.md)', async () => {
    const r = await run(['calendar', '2026', '--json']);
    expect(r.code).toBe(0);
    const out = json(r);
    const days = out.nonWorkingDays as { date: string; reason: { ru: string; kk: string } }[];
    expect(days.map((d) => d.date)).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-01-07',
      '2026-03-09',
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-05-01',
      '2026-05-07',
      '2026-05-11',
      '2026-05-27',
      '2026-07-06',
      '2026-10-26',
      '2026-12-16',
    ]);
    expect(days.every((d) => d.reason.ru && d.reason.kk)).toBe(true);
  });

  it('text output in Russian', async () => {
    const r = await run(['calendar', '2026']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('27.05.2026');
    expect(r.stdout).toMatch(/Курбан/);
  });
});

describe.concurrent('cli bad arguments exit 2 with a message on stderr and nothing on stdout', SLOW, () => {
  it.each([
    [[]],
    [['frobnicate']],
    [['iin']],
    [['iin', '1', '2']],
    [['due', 'housing-assistance', 'center']],
    [['due', 'no-such-service', 'district', '2026-03-20']],
    [['due', 'housing-assistance', 'post', '2026-03-20']],
    [['due', 'housing-assistance', 'district', '2026-02-30']],
    [['due', 'maslikhat-social-aid', 'center', '2026-03-20']],
    [['due', 'child-benefit-under-18', 'district', '2027-12-28']],
    [['due', 'housing-assistance', 'district', '2026-03-20', '--transit', 'x']],
    [['checklist', 'housing-assistance', '--situation', 'dwelling=castle']],
    [['checklist', 'housing-assistance', '--situation', 'dwelling']],
    [['checklist', 'employment-referral', '--subtype', 'astronaut']],
    [['checklist', 'housing-assistance', '--colour', 'red']],
    [['calendar', '2030']],
    [['calendar', 'next']],
    [['registry']],
    [['registry', 'inspect', 'no-such-file.registry']],
  ])('%j', async (args) => {
    const r = await run([...args, '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.length).toBeGreaterThan(0);
  });

  it('help is exit 0', async () => {
    const r = await run(['help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('checklist <service>');
  });
});
