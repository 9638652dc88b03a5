/** Where the command line talks and what it knows of its surroundings; tests pass their own. */
export interface CliIo {
  /** Results: help, the version, the line saying what was written where. */
  out(text: string): void;
  /** Errors and progress. */
  err(text: string): void;
  /** Progress is shown unasked only to a person at a terminal, not to a cron job's log. */
  stderrIsTTY: boolean;
  env: NodeJS.ProcessEnv;
  /** Relative --out and --data-dir paths are taken from here. */
  cwd: string;
}

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY,
    env: process.env,
    cwd: process.cwd(),
  };
}
