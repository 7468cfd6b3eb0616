import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '@shared/i18n/lang';
import { context, flatText } from '../../print/tools';

// The real builders with the test fonts; the delivered bytes are kept instead of printed.
const delivered: Uint8Array[] = [];
vi.mock('@renderer/print/printKit', async (importOriginal) => {
  const real = await importOriginal<typeof import('@renderer/print/printKit')>();
  return {
    ...real,
    loadPrintKit: async (lang: Lang) => ({ print: await real.loadPrintBuilders(), ctx: context(lang) }),
    deliverPdf: async (bytes: Uint8Array) => {
      delivered.push(bytes);
      return 'printed' as const;
    },
  };
});

import { canPrintResult, printResultDocument } from '@renderer/workflow/printResult';
import { caseAuditAction } from '@renderer/journal/actions';
import { almatyInstant } from '@shared/time/almaty';
import { closeTestDbs, testDb } from '../testDb';
import { makeCase } from '../journal/fixtures';

afterEach(async () => {
  delivered.length = 0;
  await closeTestDbs();
});

describe('printing the refusal to accept and the survey-refusal protocol from the workflow', () => {
  it('offers both', () => {
    expect(canPrintResult('refusal-to-accept-notice')).toBe(true);
    expect(canPrintResult('survey-refusal-protocol')).toBe(true);
    expect(canPrintResult('payment-request')).toBe(false);
  });

  it('the refusal to accept: from the ЦОН, the request date, due 3 working days later, the reason', async () => {
    const db = testDb();
    const made = makeCase({ channel: 'center', serviceId: 'child-benefit-under-18' });
    const row = { ...made, state: { ...made.state, closingReason: 'Оригиналы не представлены в срок' } };
    await db.cases.add(row);
    await db.audit.bulkAdd([
      {
        at: almatyInstant('2026-03-09', 11),
        userId: null,
        action: caseAuditAction('request-originals'),
        caseId: row.id,
      },
      {
        at: almatyInstant('2026-03-13', 11),
        userId: null,
        action: caseAuditAction('refuse-acceptance'),
        caseId: row.id,
      },
    ]);
    const now = almatyInstant('2026-03-16', 9);
    expect(await printResultDocument(db, 'refusal-to-accept-notice', row, 'ru', now)).toBe('printed');
    const text = flatText(delivered[0]!);
    expect(text).toContain('Уведомление об отказе в приеме заявления');
    expect(text).toContain('Оригиналы не представлены в срок');
    expect(text).toContain('09.03.2026');
    expect(text).toContain('12.03.2026');
    expect(text).toContain('Инспектор ЦОН');
  });

  it('the refusal to accept needs the recorded request for originals', async () => {
    const db = testDb();
    const row = makeCase({ channel: 'center', serviceId: 'child-benefit-under-18' });
    await db.cases.add(row);
    expect(await printResultDocument(db, 'refusal-to-accept-notice', row, 'ru', Date.now())).toBe(
      'missing-data',
    );
  });

  it('the survey-refusal protocol in Kazakh, with its number and the members’ lines', async () => {
    const db = testDb();
    const row = makeCase({ channel: 'district', serviceId: 'targeted-social-assistance' });
    await db.cases.add(row);
    await db.audit.add({
      at: almatyInstant('2026-03-12', 15),
      userId: null,
      action: caseAuditAction('record-survey-refusal'),
      caseId: row.id,
      details: { protocol: '14' },
    });
    expect(
      await printResultDocument(db, 'survey-refusal-protocol', row, 'kk', almatyInstant('2026-03-13', 9)),
    ).toBe('printed');
    const text = flatText(delivered[0]!);
    expect(text).toContain('№ 14 ХАТТАМА');
    expect(text).toContain('12.03.2026');
    expect(text.match(/Комиссия мүшесі/g)).toHaveLength(3);
  });
});
