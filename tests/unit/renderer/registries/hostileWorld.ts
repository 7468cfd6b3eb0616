/**
 * A ЦОН (22) with a desk (22.01), two district offices (12, 13) and the Управление (00), each with
 * its own database and keys, all trusting each other: the world in which a trusted office turns
 * hostile. `forge` builds any file a sender's key can sign, whatever the app would export.
 */
import type { Role } from '@shared/auth/roles';
import type { CaseState } from '@shared/lifecycle/case-state';
import { buildRegistryFile, type RegistryCase, type RegistryKind } from '@shared/registry';
import type { UnwrappedKeys } from '@shared/registry/identity';
import type { AppDatabase } from '@renderer/db/database';
import { getSetting } from '@renderer/db/settings';
import type { CaseRow, OfficeConfig } from '@renderer/db/types';
import {
  createOfficeIdentity,
  forgetSessionKeys,
  previewCard,
  trustCard,
  unlockKeys,
} from '@renderer/registry/identity';
import {
  applyImport,
  previewRegistryFile,
  type PreviewOutcome,
  type ReadyPreview,
} from '@renderer/registry/importRegistry';
import { intakePartData } from '@renderer/registry/parts';
import { toCaseRow } from '@renderer/cases/caseRow';
import { canonicalHash } from '@shared/registry/identity';
import { intakePartSchema, caseStateSchema } from '@renderer/registry/parts';
import { makeCase, MONDAY_10AM, type CaseSpec } from '../journal/fixtures';
import { setUpOffice, testDb } from '../testDb';

const PASS = 'correct horse battery';
export const NOW = new Date(MONDAY_10AM + 86_400_000);

export interface Party {
  db: AppDatabase;
  office: OfficeConfig;
  user: { id: string; roles: Role[] };
  keys: UnwrappedKeys;
  sequence: number;
}

async function party(code: string, roles: Role[], desk = false): Promise<Party> {
  const db = testDb();
  const adminId = await setUpOffice(db, {
    officeCode: code,
    workstation: desk ? 'desk' : 'main',
    deskCode: desk ? '01' : '',
  });
  const office = (await getSetting(db, 'office'))!;
  const made = await createOfficeIdentity(db, {
    office,
    passphrase: PASS,
    passphraseRepeat: PASS,
    userId: adminId,
    now: NOW,
    iterations: 1000,
  });
  if (!made.ok) throw new Error(made.code);
  const unlocked = await unlockKeys(db, PASS);
  if (!unlocked.ok) throw new Error(unlocked.code);
  forgetSessionKeys();
  return {
    db,
    office,
    user: { id: adminId, roles: ['admin', ...roles] },
    keys: unlocked.keys[0]!,
    sequence: 0,
  };
}

async function trust(to: Party, from: Party) {
  const card = (await from.db.officeKeys.toArray())[0]!.card;
  const preview = await previewCard(to.db, JSON.parse(JSON.stringify(card)), to.office, NOW);
  if (!preview.ok) throw new Error(preview.code);
  await trustCard(to.db, preview, to.user.id, NOW);
}

export interface World {
  center: Party;
  desk: Party;
  d12: Party;
  d13: Party;
  dept: Party;
}

export async function makeWorld(): Promise<World> {
  const center = await party('22', ['accumulation-inspector', 'center-inspector']);
  const desk = await party('22', ['center-inspector'], true);
  const d12 = await party('12', ['district-specialist']);
  const d13 = await party('13', ['district-specialist']);
  const dept = await party('00', ['department-specialist' as Role]);
  const offices = [center, d12, d13, dept];
  for (const a of offices) for (const b of offices) if (a !== b) await trust(a, b);
  await trust(center, desk);
  await trust(desk, center);
  return { center, desk, d12, d13, dept };
}

/** Any file `from` can sign: the kind, recipient and parts are the attacker's choice. */
export async function forge(
  from: Party,
  to: Party,
  kind: RegistryKind,
  cases: RegistryCase[],
): Promise<Uint8Array> {
  const card = (await to.db.officeKeys.toArray())[0]!.card;
  from.sequence += 1;
  return buildRegistryFile({
    kind,
    registryNumber: `99-${from.sequence}`,
    sequence: from.sequence,
    createdBy: from.user.id,
    cases,
    sender: {
      officeCode: from.office.officeCode,
      ...(from.office.workstation === 'desk' ? { deskCode: from.office.deskCode } : {}),
      keyId: from.keys.keyId,
      signingKey: from.keys.signingKey,
    },
    recipientCard: card,
    now: NOW,
  });
}

export const intakePart = (row: CaseRow, owner: string, revision = row.state.revisions.intake) => ({
  part: 'intake',
  owner,
  revision,
  data: intakePartData(row.intake, row.state),
});

export const processingPart = (state: CaseState, owner: string, revision = state.revisions.processing) => ({
  part: 'processing',
  owner,
  revision,
  data: state,
});

/** Stores a case at an office, with the snapshots of the parts it imported from others. */
export async function store(at: Party, row: CaseRow, snapshots: { part: string; owner: string }[] = []) {
  await at.db.cases.put(row);
  for (const s of snapshots) {
    const data =
      s.part === 'intake'
        ? intakePartSchema.parse(intakePartData(row.intake, row.state))
        : caseStateSchema.parse(row.state);
    await at.db.caseParts.put({
      caseId: row.id,
      part: s.part,
      owner: s.owner,
      revision: s.part === 'intake' ? row.state.revisions.intake : row.state.revisions.processing,
      hash: canonicalHash(data),
      importedAt: NOW.getTime(),
      registryId: 'in-test',
    });
  }
}

/** A ЦОН case for district `district`, in `status`, with `state` fields over the opened state. */
export function centerCase(
  district: string,
  status: CaseState['status'],
  state: Partial<CaseState> = {},
  spec: CaseSpec = {},
) {
  const row = makeCase({ districtOfficeCode: district, ...spec });
  return toCaseRow(row.intake, { ...row.state, status, ...state }, row.deadlines, row.updatedAt);
}

export async function previewAt(at: Party, bytes: Uint8Array): Promise<PreviewOutcome> {
  const unlocked = await unlockKeys(at.db, PASS);
  if (!unlocked.ok) throw new Error(unlocked.code);
  const preview = await previewRegistryFile(at.db, bytes, at.office, NOW);
  forgetSessionKeys();
  return preview;
}

/** Preview and, where ready, apply: what a person who clicks "Apply" on everything gets. */
export async function importAt(at: Party, bytes: Uint8Array) {
  const preview = await previewAt(at, bytes);
  if (preview.status !== 'ready') return { preview, applied: null };
  const applied = await applyImport(at.db, {
    preview: preview as ReadyPreview,
    bytes,
    fileName: 'x.asreg',
    office: at.office,
    user: at.user,
    now: NOW,
  });
  return { preview, applied };
}
