import { NotAvailable } from '../../app/NotAvailable';

/** Журнал действий (issue 6, item 7): being built. */
export function AuditPage() {
  return <NotAvailable area="audit" />;
}
