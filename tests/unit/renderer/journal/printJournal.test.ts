import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { formatCaseNumber } from '@shared/case-number';
import { almatyInstant } from '@shared/time/almaty';
import { createI18n } from '@renderer/i18n';
import { journalRows } from '@renderer/features/journal/printJournal';
import { bindStore } from '@renderer/store';
import { closeTestDbs, testDb } from '../testDb';
import { insertCases } from './fixtures';

afterEach(closeTestDbs);

describe('journal list rows for a period', () => {
  it('lists the period’s cases oldest first with both-language service and status names and overdue marks', async () => {
    const db = testDb();
    const [a, b] = await insertCases(db, [
      { surname: 'Қасымов', acceptedAt: almatyInstant('2026-03-02', 9) },
      { surname: 'Семёнов', acceptedAt: almatyInstant('2026-03-03', 9) },
      { surname: 'Позже', acceptedAt: almatyInstant('2026-04-01', 9) },
    ]);
    const rows = await journalRows(bindStore(db).queryJournal, createI18n('ru'), {
      filters: { from: '2026-03-01', to: '2026-03-31' },
      today: '2026-04-20',
    });
    expect(rows.map((r) => r.caseNumber)).toEqual([formatCaseNumber(a!.id), formatCaseNumber(b!.id)]);
    expect(rows[0]).toMatchObject({
      applicant: { surname: 'Қасымов', givenName: 'Иван', patronymic: 'Петрович' },
      status: { ru: 'Принято', kk: 'Қабылданды' },
      service: { ru: 'Назначение жилищной помощи' },
      due: a!.dueDate,
      overdue: true,
    });
    const early = await journalRows(bindStore(db).queryJournal, createI18n('ru'), {
      filters: { from: '2026-03-01', to: '2026-03-31', status: 'withdrawn' },
      today: '2026-03-02',
    });
    expect(early).toEqual([]);
  });
});
