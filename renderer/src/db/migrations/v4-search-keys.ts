/**
 * Version 4 (issue 12): sortable keys on the cases, so the journal walks an index newest first and
 * reads only the rows it shows. `order` (inverted acceptance time + inverted case number) orders the
 * period walk and, compounded, each equality filter; `*surnameKeys` holds one entry per stored
 * surname prefix. The earlier indexes stay: other code reads them.
 *
 * The upgrade fills the keys of the cases already stored. Should the key format change later, a new
 * version must recompute them the same way.
 */
import type { Dexie } from 'dexie';
import { foldSurname } from '@shared/case/search';
import { caseSortKeys } from '@shared/case/sortKeys';

export const CASES_V4 =
  'id, personKey, iin, surnameFold, acceptedAt, serviceId, status, channel, districtOfficeCode, dueDate, ' +
  '[personKey+serviceId], order, *surnameKeys, ' +
  '[status+order], [serviceId+order], [channel+order], [districtOfficeCode+order]';

export function searchKeysV4(db: Dexie) {
  db.version(4)
    .stores({ cases: CASES_V4 })
    .upgrade((tx) =>
      tx
        .table('cases')
        .toCollection()
        .modify((row) => {
          // Surname keys drop zero-width and bidi characters since issue 10: refold before keying.
          row.surnameFold = foldSurname(row.intake.applicant.surname);
          Object.assign(row, caseSortKeys(row));
        }),
    );
}
