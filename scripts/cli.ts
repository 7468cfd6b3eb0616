/**
 * Administrator and support CLI on the same domain code as the app (contract: docs/cli.md).
 * `npm run -s cli -- <command> … [--json]`. Exit 0 when the command ran, 2 for bad arguments
 * (message on stderr), 1 for an unexpected failure.
 */
import { readFile } from 'node:fs/promises';
import { UsageError } from './cli/args';
import { calendarCommand } from './cli/calendar';
import { checklistCommand } from './cli/checklist';
import type { Command } from './cli/command';
import { dueCommand } from './cli/due';
import { iinCommand } from './cli/iin';
import { runRegistryCommand } from './cli/registry';

const COMMANDS: readonly Command[] = [iinCommand, dueCommand, checklistCommand, calendarCommand];

/**
 * Commands that print for themselves and return their exit code: `registry` has three outcomes
 * (0 read/verified, 1 refused, 2 bad arguments), owned by the registry module (issue 5).
 */
interface RawCommand {
  name: string;
  usage: string;
  summary: string;
  run(argv: string[], now: number): Promise<number>;
}

const RAW_COMMANDS: readonly RawCommand[] = [
  {
    name: 'registry',
    usage:
      'registry inspect <file> | registry verify <file> --office-card <card.json> … [--lang ru|kk] [--json]',
    summary: 'сведения о файле реестра без ключей; проверка структуры и подписи по карточке отправителя',
    run(argv, now) {
      const io = {
        stdout: (text: string) => void process.stdout.write(text),
        stderr: (text: string) => void process.stderr.write(text),
        readFile: async (path: string) => new Uint8Array(await readFile(path)),
        now,
      };
      return runRegistryCommand(argv, io);
    },
  },
];

function usage(): string {
  return [
    'Использование: npm run -s cli -- <команда> … [--json]',
    '',
    ...[...COMMANDS, ...RAW_COMMANDS].map((c) => `  ${c.usage}\n      ${c.summary}`),
    '',
    'С --json печатается ровно один JSON-объект. Коды выхода: 0 — выполнено, 2 — неверные аргументы;',
    'registry: 1 — файл отклонён (код и причина).',
  ].join('\n');
}

export async function main(argv: readonly string[], now: number): Promise<number> {
  const json = argv.includes('--json');
  const rest = argv.filter((a) => a !== '--json');
  const [name, ...args] = rest;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const out = name === undefined ? process.stderr : process.stdout;
    out.write(`${usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  const raw = RAW_COMMANDS.find((c) => c.name === name);
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (raw) return await raw.run(json ? [...args, '--json'] : args, now);
    if (!command) {
      const names = [...COMMANDS, ...RAW_COMMANDS].map((c) => c.name).join(', ');
      throw new UsageError(`Unknown command "${name}"; one of: ${names}`);
    }
    const result = await command.run(args, { now });
    process.stdout.write(json ? `${JSON.stringify(result.json)}\n` : `${result.text}\n`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`error: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 1;
  }
}

main(process.argv.slice(2), Date.now()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`internal error: ${String(e)}\n`);
    process.exitCode = 1;
  },
);
