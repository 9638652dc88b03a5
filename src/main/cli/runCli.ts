import { CommanderError, type Command } from 'commander';
import { appRoot, appVersion, seedsDir } from '../appPaths';
import { CliError, EXIT_BAD_ARGUMENTS, EXIT_DONE, EXIT_FAILED } from './cliErrors';
import type { CliIo } from './cliIo';
import type { CommandContext } from './commandContext';
import { buildProgram } from './program';

/** How to ask for help on the command that was being typed: "trainplan report cohort --help". */
function helpHint(program: Command, argv: readonly string[]): string {
  const path = ['trainplan'];
  let command: Command | undefined = program;
  for (const word of argv.filter((arg) => !arg.startsWith('-')).slice(0, 2)) {
    command = command.commands.find((c) => c.name() === word);
    if (!command) break;
    path.push(word);
  }
  return `Run “${path.join(' ')} --help” to see what it accepts.`;
}

/** Commander's "error: unknown option '--x'" as a sentence. */
function sentence(message: string): string {
  const text = message.replace(/^error:\s*/i, '').trim();
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.?!)]$/.test(capital) ? capital : `${capital}.`;
}

function defaultContext(io: CliIo): CommandContext {
  const root = appRoot();
  return { io, seedsDir: seedsDir(root), version: appVersion(root) };
}

/**
 * Runs one `trainplan` command line and says how it went as an exit code: 0 done, 1 failed,
 * 2 bad arguments. Every failure is one plain message on stderr, never a stack trace.
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  ctx: CommandContext = defaultContext(io),
): Promise<number> {
  const program = buildProgram(ctx, io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_DONE;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT_DONE;
      // "trainplan" or "trainplan report" alone: commander has shown the help already.
      if (error.code === 'commander.help') return EXIT_BAD_ARGUMENTS;
      io.err(`${sentence(error.message)} ${helpHint(program, argv)}\n`);
      return EXIT_BAD_ARGUMENTS;
    }
    if (error instanceof CliError) {
      io.err(`${error.message}\n`);
      return error.exitCode;
    }
    const reason = error instanceof Error ? error.message : String(error);
    io.err(`Something went wrong inside Trainplan and nothing was written: ${reason}\n`);
    return EXIT_FAILED;
  }
}
