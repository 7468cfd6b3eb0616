/**
 * `registry inspect <file>` and `registry verify <file> --office-card <card>` for the CLI
 * dispatcher (scripts/cli.ts). Exit codes: 0 the file reads/verifies, 1 refused (with the reason
 * code and its message), 2 bad arguments or unreadable input. I/O is injected so tests run it
 * in-process; only the shared pure core decides anything.
 */
import ru from '../../locales/ru/registry.json';
import kk from '../../locales/kk/registry.json';
import { fromUtf8 } from '../../shared/crypto/bytes';
import { fingerprintOf } from '../../shared/crypto/office-keys';
import { emptyTrustStore, importCard, type TrustStore } from '../../shared/crypto/trust-store';
import { RegistryRefusal, type Refusal } from '../../shared/registry/codes';
import { parseContainer } from '../../shared/registry/container';
import { readManifest, verifySignature } from '../../shared/registry/import';
import { inspectRegistryFile, type Inspection } from '../../shared/registry/inspect';
import type { Manifest } from '../../shared/registry/manifest';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
}

type Messages = typeof ru;
const MESSAGES: Record<'ru' | 'kk', Messages> = { ru, kk };

const USAGE = `usage:
  registry inspect <file> [--json] [--lang ru|kk]
  registry verify <file> --office-card <card.json> [--office-card <card.json> ...] [--json] [--lang ru|kk]
`;

class UsageError extends Error {}

interface Options {
  command: 'inspect' | 'verify';
  file: string;
  cards: string[];
  json: boolean;
  lang: 'ru' | 'kk';
}

function parseArgs(argv: string[]): Options {
  const args = argv[0] === 'registry' ? argv.slice(1) : [...argv];
  const command = args.shift();
  if (command !== 'inspect' && command !== 'verify')
    throw new UsageError(`unknown command: ${command ?? '(none)'}`);
  const positional: string[] = [];
  const cards: string[] = [];
  let json = false;
  let lang: 'ru' | 'kk' = 'ru';
  while (args.length > 0) {
    const arg = args.shift()!;
    if (arg === '--json') json = true;
    else if (arg === '--office-card') {
      const value = args.shift();
      if (!value || value.startsWith('--')) throw new UsageError('--office-card needs a file');
      cards.push(value);
    } else if (arg === '--lang') {
      const value = args.shift();
      if (value !== 'ru' && value !== 'kk') throw new UsageError('--lang is ru or kk');
      lang = value;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option: ${arg}`);
    else positional.push(arg);
  }
  if (positional.length !== 1) throw new UsageError('exactly one registry file is expected');
  if (command === 'verify' && cards.length === 0) throw new UsageError('verify needs --office-card');
  if (command === 'inspect' && cards.length > 0) throw new UsageError('inspect takes no --office-card');
  return { command, file: positional[0]!, cards, json, lang };
}

function describeManifest(m: Manifest, lang: 'ru' | 'kk'): string {
  const sender =
    m.sender.deskCode !== undefined ? `${m.sender.officeCode} / ${m.sender.deskCode}` : m.sender.officeCode;
  return [
    `kind:       ${m.kind} (${MESSAGES[lang].kind[m.kind]})`,
    `number:     ${m.registryNumber}  sequence ${m.sequence}`,
    `sender:     ${sender}  key ${fingerprintOf(m.sender.keyId)}`,
    `recipient:  ${m.recipient.officeCode}  key ${fingerprintOf(m.recipient.keyId)}`,
    `created:    ${m.createdAt} by ${m.createdBy}`,
    `cases (${m.count}):`,
    ...m.cases.map((c) => `  ${c.number}`),
  ].join('\n');
}

function describeInspection(i: Inspection, lang: 'ru' | 'kk'): string {
  return [
    `format:     ${i.formatVersion}`,
    `file id:    ${i.fileId}`,
    `sha-256:    ${i.contentHash}`,
    `size:       ${i.size} bytes`,
    describeManifest(i.manifest, lang),
  ].join('\n');
}

function refusalText(refusal: Refusal, lang: 'ru' | 'kk'): string {
  return MESSAGES[lang].refusal[refusal.code];
}

function report(io: CliIo, opts: Options, refusal: Refusal, extra: Record<string, unknown> = {}): number {
  const message = refusalText(refusal, opts.lang);
  if (opts.json)
    io.stdout(
      `${JSON.stringify({ ok: false, code: refusal.code, message, detail: refusal.detail, ...extra }, null, 2)}\n`,
    );
  else io.stderr(`refused: ${refusal.code}: ${message}${refusal.detail ? ` (${refusal.detail})` : ''}\n`);
  return 1;
}

async function loadTrust(io: CliIo, paths: string[]): Promise<TrustStore> {
  let store = emptyTrustStore;
  for (const path of paths) {
    let input: unknown;
    try {
      input = JSON.parse(fromUtf8(await io.readFile(path)));
    } catch {
      throw new UsageError(`cannot read office card ${path}`);
    }
    // Cards later in the list may rotate or revoke earlier ones, as in the app's trust store.
    const result = await importCard(store, input, new Date());
    if (!result.ok) throw new UsageError(`office card ${path}: ${result.code}`);
    store = result.store;
  }
  return store;
}

export async function runRegistryCommand(argv: string[], io: CliIo): Promise<number> {
  let opts: Options;
  try {
    opts = parseArgs(argv);
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  try {
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(opts.file);
    } catch {
      throw new UsageError(`cannot read ${opts.file}`);
    }
    const inspected = await inspectRegistryFile(bytes);
    if (!inspected.ok) return report(io, opts, inspected.refusal);
    const { inspection } = inspected;

    if (opts.command === 'inspect') {
      if (opts.json) io.stdout(`${JSON.stringify({ ok: true, ...inspection }, null, 2)}\n`);
      else io.stdout(`${describeInspection(inspection, opts.lang)}\n`);
      return 0;
    }

    const trust = await loadTrust(io, opts.cards);
    try {
      const container = parseContainer(bytes);
      await verifySignature(container, readManifest(container), trust);
    } catch (error) {
      if (error instanceof RegistryRefusal) {
        return report(
          io,
          opts,
          { code: error.code, ...(error.detail ? { detail: error.detail } : {}) },
          { fileId: inspection.fileId, manifest: inspection.manifest },
        );
      }
      throw error;
    }
    const signer = fingerprintOf(inspection.manifest.sender.keyId);
    if (opts.json) io.stdout(`${JSON.stringify({ ok: true, signer, ...inspection }, null, 2)}\n`);
    else
      io.stdout(
        `verified: signed by office ${inspection.manifest.sender.officeCode}, key ${signer}\n${describeInspection(inspection, opts.lang)}\n`,
      );
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
