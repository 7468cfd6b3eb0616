/**
 * CSV export of the audit rows matching the viewer's filters. The file holds personal data (names,
 * logins, case numbers), so the screen asks first; once the file is saved the export records itself
 * in the audit (`audit.exported`, with the row count and the filters). A cancelled save records
 * nothing, because nothing left the application.
 */
import { excelCsvOptions, toCsvBytes, type CellValue } from '@shared/reports/csv';
import { formatDateTime } from '@shared/i18n/format';
import type { Lang } from '@shared/i18n/lang';
import { toAlmatyDate } from '@shared/time/almaty';
import { auditLog } from '../db/audit';
import type { AppDatabase } from '../db/database';
import type { AuditEvent } from '../db/types';
import { collectAudit, EXPORT_CAP, type AuditFilters } from './query';
import { AUDIT_EXPORTED, actionLabel, summarise, userLabel, type SummaryContext } from './summary';

export const CSV_MIME = 'text/csv;charset=utf-8';

/** The table of the export: one row per event, newest first, texts in the interface language. */
export function auditCsvRows(
  rows: readonly AuditEvent[],
  ctx: SummaryContext,
): {
  columns: string[];
  rows: CellValue[][];
} {
  const t = ctx.i18n.getFixedT(ctx.lang, 'audit');
  return {
    columns: [
      t('csv.at'),
      t('csv.user'),
      t('csv.userId'),
      t('csv.action'),
      t('csv.actionCode'),
      t('csv.case'),
      t('csv.details'),
    ],
    rows: rows.map((e) => [
      formatDateTime(e.at, ctx.lang),
      userLabel(e.userId, ctx),
      e.userId ?? '',
      actionLabel(e.action, ctx),
      e.action,
      e.caseId ?? '',
      summarise(e, ctx),
    ]),
  };
}

/** The filters as stored in the export's own audit entry (only those set). */
export function filtersRecord(f: AuditFilters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ['from', 'to', 'userId', 'action', 'caseId'] as const) {
    const v = f[key];
    if (v) out[key] = v;
  }
  return out;
}

export function exportFileName(base: string, now: number): string {
  return `${base}-${toAlmatyDate(now)}.csv`;
}

export interface ExportAuditInput {
  filters: AuditFilters;
  actorId: string;
  now: number;
  ctx: SummaryContext;
  /** Platform.saveFile, or a fake in tests. */
  save: (name: string, bytes: Uint8Array, mime: string) => Promise<'saved' | 'cancelled'>;
  cap?: number;
}

export type ExportAuditResult =
  | { outcome: 'saved'; rows: number; fileName: string }
  | { outcome: 'cancelled' }
  | { outcome: 'nothing' }
  | { outcome: 'too-many'; cap: number };

export async function exportAudit(db: AppDatabase, input: ExportAuditInput): Promise<ExportAuditResult> {
  const cap = input.cap ?? EXPORT_CAP;
  const { rows, truncated } = await collectAudit(db, input.filters, cap);
  // A partial export would look complete to whoever reads the file: refuse it and say why.
  if (truncated) return { outcome: 'too-many', cap };
  if (rows.length === 0) return { outcome: 'nothing' };
  const lang: Lang = input.ctx.lang;
  const fileName = exportFileName(input.ctx.i18n.getFixedT(lang, 'audit')('export.fileName'), input.now);
  const bytes = toCsvBytes(auditCsvRows(rows, input.ctx), excelCsvOptions(lang));
  const saved = await input.save(fileName, bytes, CSV_MIME);
  if (saved === 'cancelled') return { outcome: 'cancelled' };
  await auditLog.append(
    db,
    {
      userId: input.actorId,
      // Not in the db's AuditAction union yet; stored as the plain string either way.
      action: AUDIT_EXPORTED,
      details: { rows: rows.length, filters: filtersRecord(input.filters), fileName },
    },
    input.now,
  );
  return { outcome: 'saved', rows: rows.length, fileName };
}
