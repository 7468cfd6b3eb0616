import { afterEach, describe, expect, it } from 'vitest';
import { recordCounterRefusal } from '@renderer/cases/counterRefusal';
import type { AppDatabase } from '@renderer/db/database';
import type { CaseRow } from '@renderer/db/types';
import { chartBars } from '@renderer/features/reports/ReportChart';
import { createI18n } from '@renderer/i18n';
import { monthTitle, periodTitle, reportCsv, reportNames, shareText } from '@renderer/reports/export';
import { caseSummary, checkRange, loadReport, monthBounds, nextMonth } from '@renderer/reports/query';
import { almatyInstant } from '@shared/time/almaty';
import { makeCase } from '../journal/fixtures';
import { closeTestDbs, testDb } from '../testDb';

afterEach(closeTestDbs);

const at = almatyInstant;

/** A case decided at `decidedAt` (a milestone as the lifecycle records it). */
function decided(row: CaseRow, decidedAt: number): CaseRow {
  return {
    ...row,
    status: 'decided-approved',
    state: { ...row.state, status: 'decided-approved', milestones: { ...row.state.milestones, decidedAt } },
  };
}

async function refuse(db: AppDatabase, when: number, serviceId: CaseRow['serviceId'] = 'housing-assistance') {
  await recordCounterRefusal(
    db,
    { serviceId, channel: 'center', officeCode: '22', userId: 'u-1', missingItemIds: ['identity'] },
    when,
  );
}

describe('report range', () => {
  it('checks the months the user picked', () => {
    expect(checkRange('2026-03', '2026-03')).toBeNull();
    expect(checkRange('2026-04', '2026-03')).toBe('reversed');
    expect(checkRange('', '2026-03')).toBe('bad-month');
    expect(checkRange('2026-13', '2026-03')).toBe('bad-month');
    expect(checkRange('2024-01', '2025-12')).toBeNull();
    expect(checkRange('2024-01', '2026-01')).toBe('too-long');
  });

  it('bounds Almaty months, across a year end', () => {
    expect(nextMonth('2026-12')).toBe('2027-01');
    expect(nextMonth('2026-09')).toBe('2026-10');
    const [lo, hi] = monthBounds('2026-03', '2026-03');
    expect(lo).toBe(at('2026-03-01'));
    expect(hi).toBe(at('2026-04-01') - 1);
  });
});

describe('loadReport', () => {
  it("counts only the month's cases and counter refusals, by the Almaty month of acceptance", async () => {
    const db = testDb();
    const lastOfMarch = makeCase({ acceptedAt: at('2026-03-31', 23, 30), channel: 'center' });
    const firstOfApril = makeCase({ acceptedAt: at('2026-04-01', 0, 10), channel: 'district' });
    const early = makeCase({ acceptedAt: at('2026-03-02', 10), channel: 'center' });
    const onTime = decided(early, at('2026-03-05', 12));
    const lateRow = decided(
      makeCase({
        acceptedAt: at('2026-03-03', 10),
        serviceId: 'targeted-social-assistance',
        channel: 'district',
      }),
      at('2026-06-30', 12),
    );
    await db.cases.bulkAdd([lastOfMarch, firstOfApril, onTime, lateRow]);
    await refuse(db, at('2026-03-31', 23, 59));
    await refuse(db, at('2026-04-01', 0, 0));

    const march = await loadReport(db, { from: '2026-03', to: '2026-03', asOf: '2026-04-02' });
    expect(march.months).toEqual(['2026-03']);
    expect(march.total.accepted).toBe(3);
    expect(march.total.byChannel).toEqual({ district: 1, center: 2 });
    expect(march.total.onTime).toBe(1);
    expect(march.total.late).toBe(1);
    expect(march.total.counterRefusals).toBe(1);
    expect(march.byService['housing-assistance']?.accepted).toBe(2);
    expect(march.byService['targeted-social-assistance']?.share).toBe(0);

    const both = await loadReport(db, { from: '2026-03', to: '2026-04', asOf: '2026-04-02' });
    expect(both.byMonth['2026-04']?.accepted).toBe(1);
    expect(both.byMonth['2026-04']?.counterRefusals).toBe(1);
    expect(both.total.accepted).toBe(4);
  });

  it('gives an empty month zero counts and no share (not NaN)', async () => {
    const db = testDb();
    const r = await loadReport(db, { from: '2026-11', to: '2026-11', asOf: '2026-11-26' });
    expect(r.total.accepted).toBe(0);
    expect(r.total.share).toBeNull();
    expect(shareText(r.total.share, 'ru')).toBe('—');
  });

  it('refuses a range it cannot report', async () => {
    await expect(
      loadReport(testDb(), { from: '2026-05', to: '2026-04', asOf: '2026-05-01' }),
    ).rejects.toThrow(RangeError);
  });

  it('maps a stored case onto the summary the arithmetic needs', () => {
    const row = decided(makeCase({ acceptedAt: at('2026-03-02', 10) }), at('2026-03-05', 12));
    const s = caseSummary(row);
    expect(s).toMatchObject({
      serviceId: 'housing-assistance',
      channel: 'center',
      status: 'decided-approved',
      acceptedAt: row.acceptedAt,
      decidedAt: at('2026-03-05', 12),
      due: row.dueDate,
    });
    expect(caseSummary({ ...row, dueDate: '' }).due).toBeNull();
  });
});

describe('report texts and files', () => {
  it('writes shares as percentages with a comma, and a dash when nothing is settled', () => {
    expect(shareText(0.875, 'ru')).toBe('87,5\u00a0%');
    expect(shareText(1, 'kk')).toBe('100,0\u00a0%');
    expect(shareText(null, 'kk')).toBe('—');
  });

  it('names months and periods in both languages', () => {
    expect(monthTitle('2026-11', 'ru')).toBe('ноябрь 2026');
    expect(monthTitle('2026-11', 'kk')).toBe('қараша 2026');
    expect(periodTitle('2026-09', '2026-11', 'ru')).toBe('сентябрь 2026 — ноябрь 2026');
  });

  it('exports the summary and the detailed counts as Excel CSV files with localised names', async () => {
    const db = testDb();
    await db.cases.bulkAdd([
      decided(makeCase({ acceptedAt: at('2026-03-02', 10) }), at('2026-03-05', 12)),
      makeCase({ acceptedAt: at('2026-03-03', 10), serviceId: 'child-benefit-under-18' }),
    ]);
    const report = await loadReport(db, { from: '2026-03', to: '2026-03', asOf: '2026-03-04' });
    const i18n = createI18n('kk');
    const summary = reportCsv(report, 'summary', i18n, 'kk');
    expect(summary.name).toBe('есеп-жиынтық-2026-03.csv');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(summary.bytes);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]!.split(';')[0]).toBe('Ай');
    expect(lines.some((l) => l.includes('Тұрғын үй көмегін тағайындау'))).toBe(true);
    // The grand total: 2 accepted, 1 on time, share 100 % of the settled one.
    expect(lines[lines.length - 1]).toBe('Барлығы;;2;0;2;1;0;0;1;0;0;100;0');

    const counts = reportCsv(report, 'counts', createI18n('ru'), 'ru');
    expect(counts.name).toBe('отчёт-по-статусам-2026-03.csv');
    const rows = new TextDecoder().decode(counts.bytes).trimEnd().split('\r\n');
    expect(rows).toContain('2026-03;Назначение жилищной помощи;ЦОН;Решение: назначить;1');
  });

  it('takes status names from the lifecycle texts', () => {
    const names = reportNames(createI18n('ru'), 'ru');
    expect(names.status('withdrawn')).toBe('Заявление отозвано');
    expect(names.labels.total).toBe('Итого');
  });

  it('draws one bar per service with cases: on time, late or overdue, and the rest', async () => {
    const db = testDb();
    await db.cases.bulkAdd([
      decided(makeCase({ acceptedAt: at('2026-03-02', 10) }), at('2026-03-05', 12)),
      decided(makeCase({ acceptedAt: at('2026-03-02', 11) }), at('2026-06-05', 12)),
      makeCase({ acceptedAt: at('2026-03-02', 12) }),
    ]);
    const report = await loadReport(db, { from: '2026-03', to: '2026-03', asOf: '2026-03-03' });
    expect(chartBars(report)).toEqual([
      { serviceId: 'housing-assistance', accepted: 3, onTime: 1, late: 1, other: 1 },
    ]);
  });
});
