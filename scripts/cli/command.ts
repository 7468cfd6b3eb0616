/** What every CLI command provides; the dispatcher in scripts/cli.ts handles --json and exit codes. */

export interface CommandResult {
  /** Printed as exactly one JSON object with --json. Dates as ISO YYYY-MM-DD. */
  json: Record<string, unknown>;
  /** Printed without --json: readable Russian text. */
  text: string;
}

export interface CommandContext {
  /** The machine clock, read once by the dispatcher (shared/ code never reads it). */
  now: number;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** Throws UsageError for bad arguments. May be async (registry commands use WebCrypto). */
  run(argv: string[], ctx: CommandContext): CommandResult | Promise<CommandResult>;
}
