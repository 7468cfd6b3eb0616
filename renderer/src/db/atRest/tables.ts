/**
 * What the sealed store encrypts, table by table: the fields moved into the row's envelope and the
 * blind index fields that replace clear ones. The envelope's additional data is `<table>/<id>`, so an
 * envelope copied into another row is refused as tampered.
 */
import { iinTagsSync, surnameTagsSync, tagSync, type SyncAtRestKeys } from '@shared/at-rest';
import { KEY_SEPARATOR, orderKey } from '@shared/case/sortKeys';

type Row = Record<string, unknown>;

export interface SealedTable {
  /** Fields moved into the envelope (absent ones are skipped). */
  fields: readonly string[];
  /** Clear index fields computed from the plain row, stored beside the envelope. */
  blind?(row: Row, keys: SyncAtRestKeys): Row;
  /** Fields that exist only in the stored form (dropped on read). */
  storedOnly?: readonly string[];
  /** The envelope's additional data; `<table>/<id>` unless given (audit ids are assigned on add). */
  context?(row: Row): string;
  /** Rows this applies to; others are stored as they are (audit: only case and complaint entries). */
  applies?(row: Row): boolean;
  /** Index lookups callers make with plain values, turned into the stored tags (exact matches only). */
  lookups?: Record<string, (key: unknown, keys: SyncAtRestKeys) => unknown>;
}

export const ENVELOPE_FIELD = 'sealed';

const tagged = (tags: string[], order: string) => tags.map((t) => t + KEY_SEPARATOR + order);

function caseBlind(row: Row, keys: SyncAtRestKeys): Row {
  const intake = row.intake as { applicant: { surname: string } };
  const iin = typeof row.iin === 'string' ? row.iin : '';
  const order =
    typeof row.order === 'string' ? row.order : orderKey(row.acceptedAt as number, row.id as string);
  return {
    order,
    personKey: tagSync(keys, 'person', String(row.personKey)),
    ...(iin ? { iin: tagSync(keys, 'iin', iin) } : {}),
    surnameKeys: tagged(surnameTagsSync(keys, intake.applicant.surname), order),
    iinKeys: tagged(iinTagsSync(keys, iin), order),
  };
}

export const SEALED_TABLES: Record<string, SealedTable> = {
  cases: {
    // The whole intake and state: applicant, representative, family, documents, notes, decisions.
    fields: ['intake', 'state', 'iin', 'surnameFold', 'personKey', 'surnameKeys'],
    blind: caseBlind,
    storedOnly: ['iinKeys'],
    lookups: {
      personKey: (k, keys) => tagSync(keys, 'person', String(k)),
      iin: (k, keys) => (k === '' ? k : tagSync(keys, 'iin', String(k))),
      '[personKey+serviceId]': (k, keys) =>
        Array.isArray(k) ? [tagSync(keys, 'person', String(k[0])), ...k.slice(1)] : k,
    },
  },
  drafts: { fields: ['form', 'label'] },
  complaintDrafts: { fields: ['form', 'label'] },
  complaints: {
    fields: ['complainant', 'summary', 'employee', 'review', 'withdrawal', 'iin', 'surnameFold'],
  },
  // Details of case and complaint entries (a correction's before/after, a referral's facts …); the
  // entry's time, action, case and user stay clear for the audit's indexes.
  audit: {
    fields: ['details'],
    applies: (row) =>
      row.details !== undefined &&
      typeof row.action === 'string' &&
      (row.action.startsWith('case.') || row.action.startsWith('complaint.')),
    context: (row) => `audit/${String(row.at)}|${String(row.action)}|${String(row.caseId ?? '')}`,
  },
};
