import { describe, expect, it } from 'vitest';
import { actionLabel, summarise, type SummaryContext } from '@renderer/audit/summary';
import { DOCUMENT_PRINTED, REFUSAL_REPRINTED } from '@renderer/cases/printLog';
import type { AuditAction } from '@renderer/db/types';
import { createI18n } from '@renderer/i18n';
import type { Lang } from '@shared/i18n/lang';

const ctx = (lang: Lang): SummaryContext => ({ i18n: createI18n(lang), lang, userName: () => null });
const ev = (action: string, details: Record<string, unknown>) => ({
  at: 0,
  userId: 'u',
  action: action as AuditAction,
  details,
});

describe('prints and reprints in the audit log, in words (issue 16, item 8)', () => {
  it('names the document and the copy, never the stored keys', () => {
    const printed = ev(DOCUMENT_PRINTED, { kind: 'receipt', lang: 'ru', copy: 2, duplicate: true });
    expect(actionLabel(DOCUMENT_PRINTED, ctx('ru'))).toBe('Печать документа дела');
    expect(summarise(printed, ctx('ru'))).toBe('расписка, экземпляр 2');
    expect(summarise(printed, ctx('kk'))).toBe('қолхат, 2-данасы');
    const refusal = ev(REFUSAL_REPRINTED, { refusalId: 5, lang: 'kk', userId: 'u' });
    expect(actionLabel(REFUSAL_REPRINTED, ctx('kk'))).toBe(
      'Қабылдаудан бас тартуды қайта басып шығару (телнұсқа)',
    );
    expect(summarise(refusal, ctx('ru'))).toBe('отказ в приёме № 5, дубликат');
  });
});
