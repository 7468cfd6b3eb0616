import { NotAvailable } from '../../app/NotAvailable';

/** Журнал: all cases, filters, search; `sub` is a case number to open its page (issue 4). */
export function JournalPage({ sub }: { sub: string | null }) {
  void sub;
  return <NotAvailable area="journal" />;
}
