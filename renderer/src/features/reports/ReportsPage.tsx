import { NotAvailable } from '../../app/NotAvailable';

/** Отчёты (issue 6, item 8): being built. */
export function ReportsPage() {
  return <NotAvailable area="reports" />;
}
