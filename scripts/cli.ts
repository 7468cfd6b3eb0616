/**
 * Administrator and support CLI on the same domain code as the app (contract: docs/cli.md).
 * `npm run -s cli -- <command> … [--json]`. Exit 0 when the command ran, 2 for bad arguments
 * (message on stderr), 1 for an unexpected failure.
 */
import { UsageError } from './cli/args';
import { calendarCommand } from './cli/calendar';
import { checklistCommand } from './cli/checklist';
import type { Command } from './cli/command';
import { dueCommand } from './cli/due';
import { iinCommand } from './cli/iin';

/**
 * One entry per command. `registry inspect|verify` (issue 5) joins here as one more Command whose
 * run() takes its own sub-command as the first argument.
 */
const COMMANDS: readonly Command[] = [iinCommand, dueCommand, checklistCommand, calendarCommand];

function usage(): string {
  return [
    'Использование: npm run -s cli -- <команда> … [--json]',
    '',
    ...COMMANDS.map((c) => `  ${c.usage}\n      ${c.summary}`),
    '',
    'С --json печатается ровно один JSON-объект. Коды выхода: 0 — выполнено, 2 — неверные аргументы.',
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
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command)
      throw new UsageError(`Unknown command "${name}"; one of: ${COMMANDS.map((c) => c.name).join(', ')}`);
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
