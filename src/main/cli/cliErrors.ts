/** The exit codes the command line promises (the README lists them): scripts and cron jobs rely on them. */
export const EXIT_DONE = 0;
export const EXIT_FAILED = 1;
export const EXIT_BAD_ARGUMENTS = 2;

export type FailureCode = typeof EXIT_FAILED | typeof EXIT_BAD_ARGUMENTS;

/** A failure told to the user as one plain line, never as a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: FailureCode,
    /** The API's error code when a call was refused (storage_failed: a trainee's records cannot be read). */
    readonly apiCode?: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The command was asked for wrongly: fixing the command line fixes it. */
export function badArguments(message: string): CliError {
  return new CliError(message, EXIT_BAD_ARGUMENTS);
}

/** The command was right but could not be done (damaged data, a file that cannot be written). */
export function failed(message: string): CliError {
  return new CliError(message, EXIT_FAILED);
}
