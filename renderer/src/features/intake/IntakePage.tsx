import { NotAvailable } from '../../app/NotAvailable';

/** Приём: the application form, document check, registration and printing (issue 4). */
export function IntakePage({ sub }: { sub: string | null }) {
  void sub;
  return <NotAvailable area="intake" />;
}
