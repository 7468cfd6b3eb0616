/**
 * A DBCore middleware that sets the sortable keys (shared/case/sortKeys) on every case written, so
 * registration, import, corrections, workflow steps and any later writer keep the journal's indexes
 * right without knowing of them. Copies each row; the caller's object is left as it was.
 */
import type { DBCore, Middleware } from 'dexie';
import { caseSortKeys } from '@shared/case/sortKeys';
import type { CaseRow } from './types';

export function withSortKeys<T extends CaseRow>(row: T): T {
  return { ...row, ...caseSortKeys(row) };
}

export const caseSortKeysMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'caseSortKeys',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== 'cases') return table;
      return {
        ...table,
        mutate: (req) =>
          req.type === 'add' || req.type === 'put'
            ? table.mutate({ ...req, values: req.values.map((v: CaseRow) => withSortKeys(v)) })
            : table.mutate(req),
      };
    },
  }),
};
