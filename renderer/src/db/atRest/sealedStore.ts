/**
 * A DBCore middleware that keeps personal data sealed at rest (issue 13, docs/security.md): on every
 * add/put of a sealed table it moves the personal fields into one AES-256-GCM envelope (additional
 * data `<table>/<id>`) and stores blind tags in place of the clear index fields; every read (get,
 * getMany, query, cursors) opens the envelope again, so callers see the plain rows they wrote.
 *
 * Synchronous (@noble, shared/at-rest/sync.ts): awaiting WebCrypto inside an IndexedDB transaction
 * lets it commit early. Without a key in memory, sealed rows cannot be read and personal data cannot
 * be written (DataLockedError). Rows stored before version 6 (not yet sealed) read as they are until
 * atRest/migrate.ts seals them.
 */
import type { DBCore, DBCoreCursor, DBCoreKeyRange, DBCoreQuery, DBCoreTable, Middleware } from 'dexie';
import { openSync, sealSync, type SyncAtRestKeys } from '@shared/at-rest';
import type { AtRestKeyRing } from './keyRing';
import { ENVELOPE_FIELD, SEALED_TABLES, type SealedTable } from './tables';

type Row = Record<string, unknown>;

export function isSealedRow(value: unknown): boolean {
  return typeof value === 'object' && value !== null && ENVELOPE_FIELD in value;
}

/** Dexie's DBCore transaction is the IndexedDB transaction itself. */
function upgrading(trans: unknown): boolean {
  return (trans as IDBTransaction | undefined)?.mode === 'versionchange';
}

function context(table: string, spec: SealedTable, row: Row): string {
  return spec.context ? spec.context(row) : `${table}/${String(row.id)}`;
}

export function sealRow(table: string, spec: SealedTable, row: Row, keys: SyncAtRestKeys): Row {
  const personal: Row = {};
  const clear: Row = {};
  for (const [k, v] of Object.entries(row)) {
    if (spec.fields.includes(k)) {
      if (v !== undefined) personal[k] = v;
    } else if (!spec.storedOnly?.includes(k)) clear[k] = v;
  }
  const blind = spec.blind?.(row, keys) ?? {};
  return { ...clear, ...blind, [ENVELOPE_FIELD]: sealSync(keys, personal, context(table, spec, row)) };
}

export function openRow(table: string, spec: SealedTable, stored: Row, keys: SyncAtRestKeys): Row {
  const personal = openSync(keys, stored[ENVELOPE_FIELD], context(table, spec, stored)) as Row;
  const clear: Row = {};
  for (const [k, v] of Object.entries(stored)) {
    if (k === ENVELOPE_FIELD || spec.fields.includes(k) || spec.storedOnly?.includes(k)) continue;
    clear[k] = v;
  }
  return { ...clear, ...personal };
}

function sealedTable(name: string, spec: SealedTable, table: DBCoreTable, ring: AtRestKeyRing): DBCoreTable {
  const open = (value: unknown) =>
    isSealedRow(value) ? openRow(name, spec, value as Row, ring.keys()) : value;

  const translateRange = (index: string, range: DBCoreKeyRange): DBCoreKeyRange => {
    const lookup = spec.lookups?.[index];
    if (!lookup) return range;
    // Tags keep equality only: a range or prefix over a blind index would be meaningless.
    if (range.type !== 1) throw new RangeError(`${name}.${index} holds blind tags: exact lookups only`);
    const keys = ring.keys();
    const tag = lookup(range.lower, keys);
    return { ...range, lower: tag, upper: tag };
  };
  const translate = <Q extends { query: DBCoreQuery }>(req: Q): Q => {
    const index = req.query.index.name;
    if (!index || !spec.lookups?.[index]) return req;
    return { ...req, query: { ...req.query, range: translateRange(index, req.query.range) } };
  };

  return {
    ...table,
    mutate: (req) => {
      // Schema upgrades run before anyone has a key and rewrite rows stored earlier as they were;
      // atRest/migrate.ts seals them after sign-in.
      if ((req.type !== 'add' && req.type !== 'put') || upgrading(req.trans)) return table.mutate(req);
      try {
        const values = req.values.map((v: Row) => {
          if (isSealedRow(v) || (spec.applies && !spec.applies(v))) return v;
          return sealRow(name, spec, v, ring.keys());
        });
        return table.mutate({ ...req, values });
      } catch (error) {
        return Promise.reject(error);
      }
    },
    get: (req) => table.get(req).then(open),
    getMany: (req) => table.getMany(req).then((rows) => rows.map(open)),
    query: async (req) => {
      const res = await table.query(translate(req));
      return req.values ? { ...res, result: res.result.map(open) } : res;
    },
    count: (req) => table.count(translate(req)),
    openCursor: async (req) => {
      const cursor = await table.openCursor(translate(req));
      if (!cursor || !req.values) return cursor;
      let at: unknown, opened: unknown;
      // The cursor is IndexedDB's own: its getters must run on it, not on the wrapper (Chromium
      // throws "Illegal invocation"); Dexie's methods are own properties and pass through.
      return Object.create(cursor, {
        key: { get: () => cursor.key },
        primaryKey: { get: () => cursor.primaryKey },
        value: {
          get() {
            const raw = cursor.value;
            if (raw !== at) {
              at = raw;
              opened = open(raw);
            }
            return opened;
          },
        },
      }) as DBCoreCursor;
    },
  };
}

export function sealedStoreMiddleware(ring: AtRestKeyRing): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'sealedStore',
    // Below the application's other middlewares (level 10): they see plain rows, IndexedDB and
    // Dexie's change tracking (levels 0–2) see the stored ones.
    level: 5,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        const spec = SEALED_TABLES[name];
        return spec ? sealedTable(name, spec, table, ring) : table;
      },
    }),
  };
}
