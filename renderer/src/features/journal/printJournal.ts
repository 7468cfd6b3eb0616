/**
 * The journal for a period as a PDF list (issue 4, item 7): the rows of the period with the
 * journal's other filters, printed by shared/print's buildJournalList through the print kit.
 */
import type { i18n as I18n } from 'i18next';
import { formatCaseNumber } from '@shared/case-number';
import { officeByCode } from '@shared/directory/offices';
import type { Lang } from '@shared/i18n/lang';
import type { JournalRow } from '@shared/print';
import type { LocalDate } from '@shared/time/almaty';
import { isOverdue, type JournalFilters, type JournalQuery, type JournalResult } from '../../journal/query';
import { printOffice } from '../../print/caseDocuments';
import { deliverPdf, loadPrintKit } from '../../print/printKit';
import { journalCatalogue, statusText } from './labels';

/** More than a district office accepts in a year; a longer list is cut and says so on screen. */
export const PRINT_LIMIT = 20_000;

export interface JournalPrintInput {
  filters: JournalFilters & { from: LocalDate; to: LocalDate };
  officeCode: string;
  today: LocalDate;
  now: number;
  lang: Lang;
}

/** Reads journal rows: the store's `queryJournal`. */
export type JournalReader = (q: JournalQuery) => Promise<JournalResult>;

export async function journalRows(
  queryJournal: JournalReader,
  i18n: I18n,
  input: Pick<JournalPrintInput, 'filters' | 'today'>,
): Promise<JournalRow[]> {
  const { rows } = await queryJournal({ filters: input.filters, today: input.today, limit: PRINT_LIMIT });
  const services = journalCatalogue().services;
  // The printed list reads top to bottom in the order cases were accepted.
  return [...rows].reverse().map((r) => {
    const due = r.dueDate || undefined;
    return {
      caseNumber: formatCaseNumber(r.id),
      acceptedAt: r.acceptedAt,
      service: services[r.serviceId].name,
      applicant: {
        surname: r.intake.applicant.surname,
        givenName: r.intake.applicant.name,
        ...(r.intake.applicant.patronymic ? { patronymic: r.intake.applicant.patronymic } : {}),
      },
      status: statusText(i18n, r.status),
      ...(due ? { due } : {}),
      overdue: isOverdue(r, input.today),
    };
  });
}

export async function printJournal(
  queryJournal: JournalReader,
  i18n: I18n,
  input: JournalPrintInput,
  mode: 'print' | 'save',
): Promise<number> {
  const office = officeByCode(input.officeCode);
  if (!office) throw new Error(`Unknown office ${input.officeCode}`);
  const [rows, kit] = await Promise.all([journalRows(queryJournal, i18n, input), loadPrintKit(input.lang)]);
  const bytes = await kit.print.buildJournalList(
    {
      office: printOffice(office),
      from: input.filters.from,
      to: input.filters.to,
      rows,
      printedAt: input.now,
    },
    kit.ctx,
  );
  const t = i18n.getFixedT(input.lang, 'journal');
  const vars = { from: input.filters.from, to: input.filters.to };
  await deliverPdf(bytes, { title: t('print.title', vars), fileName: t('print.fileName', vars), mode });
  return rows.length;
}
