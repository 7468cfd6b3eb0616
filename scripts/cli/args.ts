/** A small argument parser: positionals plus declared `--flag [value]` options, nothing guessed. */

/** Bad arguments: the CLI prints the message on stderr and exits with code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface OptionSpec {
  /** Takes a value (`--subtype X` or `--subtype=X`); otherwise a boolean switch. */
  value?: boolean;
  /** May be given several times (`--situation a=b --situation c=d`). */
  repeatable?: boolean;
}

export interface ParsedArgs {
  positionals: string[];
  /** Switches map to true; valued options to their last value. */
  options: Record<string, string | true>;
  /** Every value of repeatable options, in order. */
  lists: Record<string, string[]>;
}

export function parseArgs(argv: readonly string[], spec: Readonly<Record<string, OptionSpec>>): ParsedArgs {
  const out: ParsedArgs = { positionals: [], options: {}, lists: {} };
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!token.startsWith('--')) {
      out.positionals.push(token);
      continue;
    }
    const eq = token.indexOf('=');
    const name = token.slice(2, eq < 0 ? undefined : eq);
    const opt = spec[name];
    if (!opt) throw new UsageError(`Unknown option --${name}`);
    if (!opt.value) {
      if (eq >= 0) throw new UsageError(`Option --${name} takes no value`);
      out.options[name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = token.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--'))
        throw new UsageError(`Option --${name} needs a value`);
      i++;
    }
    out.options[name] = value;
    if (opt.repeatable) (out.lists[name] ??= []).push(value);
    else if (out.lists[name]) throw new UsageError(`Option --${name} given twice`);
    else out.lists[name] = [value];
  }
  return out;
}

export function expectPositionals(args: ParsedArgs, names: readonly string[], usage: string): string[] {
  if (args.positionals.length !== names.length) {
    const got = args.positionals.length;
    throw new UsageError(
      `Expected ${names.length} argument(s) (${names.join(', ')}), got ${got}. Usage: ${usage}`,
    );
  }
  return args.positionals;
}
