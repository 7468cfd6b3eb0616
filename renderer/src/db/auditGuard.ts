/**
 * A DBCore middleware that lets the audit table only grow: adds pass, every put, delete or clear is
 * refused, whoever calls it. The repository offers no update path either; this catches the rest.
 */
import type { DBCore, Middleware } from 'dexie';

export class AuditAppendOnlyError extends Error {
  constructor(op: string) {
    super(`The audit table is append-only: ${op} refused`);
    this.name = 'AuditAppendOnlyError';
  }
}

export const auditAppendOnly: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'auditAppendOnly',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== 'audit') return table;
      return {
        ...table,
        mutate: (req) =>
          req.type === 'add' ? table.mutate(req) : Promise.reject(new AuditAppendOnlyError(req.type)),
      };
    },
  }),
};
