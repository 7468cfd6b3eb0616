import { CasePage } from '../case/CasePage';
import { JournalList } from './JournalList';

/** Журнал: all cases, filters, search; `sub` is a case number to open its page (issue 4). */
export function JournalPage({ sub }: { sub: string | null }) {
  return sub ? <CasePage key={sub} caseNumber={sub} /> : <JournalList />;
}
