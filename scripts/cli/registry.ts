/**
 * `registry inspect <file>` and `registry verify <file> --office-card <card>` (issue 5, contract
 * docs/cli.md). Unlike the other commands this one has three outcomes, so it returns its exit code:
 * 0 the file reads/verifies, 1 refused (code and message; with --json one object on stdout),
 * 2 bad arguments, an unreadable file or an invalid card (message on stderr, stdout empty).
 * I/O is injected so tests run it in-process; only the shared core decides anything.
 */
import ru from '../../locales/ru/registry.json';
import kk from '../../locales/kk/registry.json';
import { fromUtf8 } from '@shared/crypto/bytes';
import { fingerprintOf } from '@shared/crypto/office-keys';
import { emptyTrustStore, importCard, type TrustStore } from '@shared/crypto/trust-store';
import { RegistryRefusal, type Refusal } from '@shared/registry/codes';
import { parseContainer } from '@shared/registry/container';
import { readManifest, verifySignature } from '@shared/registry/import';
import { inspectRegistryFile, type Inspection } from '@shared/registry/inspect';
import { parseArgs, UsageError } from './args';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  /** The dispatcher's clock reading (only stamps the throw-away trust store); defaults to now. */
  now?: number;
}

type Lang = 'ru' | 'kk';
const MESSAGES = { ru, kk } as const;

export const REGISTRY_USAGE =
  'registry inspect <файл> | registry verify <файл> --office-card <карточка.json> … [--lang ru|kk]';
export const REGISTRY_SUMMARY =
  'Сведения о файле реестра без ключей; проверка структуры и подписи по карточке отправителя.';

interface Options {
  command: 'inspect' | 'verify';
  file: string;
  cards: string[];
  json: boolean;
  lang: Lang;
}

function options(argv: readonly string[]): Options {
  const args = argv[0] === 'registry' ? argv.slice(1) : argv;
  const parsed = parseArgs(args, {
    json: {},
    'office-card': { value: true, repeatable: true },
    lang: { value: true },
  });
  const [command, ...files] = parsed.positionals;
  if (command !== 'inspect' && command !== 'verify') {
    throw new UsageError(`Unknown registry command "${command ?? ''}"; one of: inspect, verify`);
  }
  if (files.length !== 1) throw new UsageError('Exactly one registry file is expected');
  const cards = parsed.lists['office-card'] ?? [];
  if (command === 'verify' && cards.length === 0) throw new UsageError('verify needs --office-card');
  if (command === 'inspect' && cards.length > 0) throw new UsageError('inspect takes no --office-card');
  const lang = parsed.options.lang ?? 'ru';
  if (lang !== 'ru' && lang !== 'kk') throw new UsageError('--lang is ru or kk');
  return { command, file: files[0]!, cards, json: parsed.options.json === true, lang };
}

function describe(i: Inspection, lang: Lang): string {
  const t = MESSAGES[lang].cli;
  const m = i.manifest;
  const sender =
    m.sender.deskCode !== undefined ? `${m.sender.officeCode}/${m.sender.deskCode}` : m.sender.officeCode;
  return [
    `${t.kind}: ${MESSAGES[lang].kind[m.kind]} (${m.kind}), ${t.format} ${i.formatVersion}`,
    `${t.number}: ${m.registryNumber}, ${t.sequence} ${m.sequence}`,
    `${t.sender}: ${sender}, ${t.key} ${fingerprintOf(m.sender.keyId)}`,
    `${t.recipient}: ${m.recipient.officeCode}, ${t.key} ${fingerprintOf(m.recipient.keyId)}`,
    `${t.created}: ${m.createdAt}, ${m.createdBy}`,
    `${t.fileId}: ${i.fileId}`,
    `SHA-256: ${i.contentHash} (${i.size} B)`,
    `${t.cases}: ${m.count}`,
    ...m.cases.map((c) => `  ${c.number}`),
  ].join('\n');
}

function refused(io: CliIo, opts: Options, refusal: Refusal, extra: Record<string, unknown> = {}): number {
  const message = MESSAGES[opts.lang].refusal[refusal.code];
  if (opts.json) {
    io.stdout(
      `${JSON.stringify({ ok: false, code: refusal.code, message, detail: refusal.detail ?? null, ...extra })}\n`,
    );
  } else {
    io.stdout(
      `${MESSAGES[opts.lang].status.refused}\n${refusal.code}: ${message}${refusal.detail ? ` (${refusal.detail})` : ''}\n`,
    );
  }
  return 1;
}

async function readCards(io: CliIo, paths: string[], now: Date): Promise<TrustStore> {
  let store = emptyTrustStore;
  for (const path of paths) {
    let input: unknown;
    try {
      input = JSON.parse(fromUtf8(await io.readFile(path)));
    } catch {
      throw new UsageError(`Cannot read the office card ${path}`);
    }
    // Cards later on the line may rotate or revoke earlier ones, as in the app's trust store.
    const result = await importCard(store, input, now);
    if (!result.ok) throw new UsageError(`Office card ${path}: ${result.code}`);
    store = result.store;
  }
  return store;
}

async function run(opts: Options, io: CliIo): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(opts.file);
  } catch {
    throw new UsageError(`Cannot read ${opts.file}`);
  }
  const inspected = await inspectRegistryFile(bytes);
  if (!inspected.ok) return refused(io, opts, inspected.refusal);
  const { inspection } = inspected;
  if (opts.command === 'inspect') {
    io.stdout(
      opts.json ? `${JSON.stringify({ ok: true, ...inspection })}\n` : `${describe(inspection, opts.lang)}\n`,
    );
    return 0;
  }
  const now = new Date(io.now ?? Date.now());
  const trust = await readCards(io, opts.cards, now);
  try {
    const container = parseContainer(bytes);
    await verifySignature(container, readManifest(container), trust, now);
  } catch (error) {
    if (!(error instanceof RegistryRefusal)) throw error;
    const refusal = { code: error.code, ...(error.detail ? { detail: error.detail } : {}) };
    return refused(io, opts, refusal, { fileId: inspection.fileId, manifest: inspection.manifest });
  }
  const signer = fingerprintOf(inspection.manifest.sender.keyId);
  if (opts.json) io.stdout(`${JSON.stringify({ ok: true, signer, ...inspection })}\n`);
  else io.stdout(`${MESSAGES[opts.lang].cli.verified} ${signer}\n${describe(inspection, opts.lang)}\n`);
  return 0;
}

export async function runRegistryCommand(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(options(argv), io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`error: ${error.message}\nusage: ${REGISTRY_USAGE}\n`);
    return 2;
  }
}
