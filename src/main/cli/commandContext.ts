import { resolve } from 'node:path';
import type { PaperSize } from '../../shared/settings/settings';
import { resolveDataDir } from '../store/dataDir';
import type { CliIo } from './cliIo';
import { openReadOnly, type ReadOnlyServices } from './readOnlyServices';

export interface CommandContext {
  io: CliIo;
  seedsDir: string;
  version: string;
  /** The clock reports are dated by; tests fix it. */
  now?: () => Date;
}

/** The options every command takes. */
export interface CommonFlags {
  dataDir?: string;
  progress?: boolean;
}

export const PAPER_CHOICES = ['a4', 'letter'] as const;
export type PaperChoice = (typeof PAPER_CHOICES)[number];

/** --data-dir beats TRAINPLAN_DATA_DIR beats the app's default folder, exactly as the app decides. */
export function dataDirOf(ctx: CommandContext, flags: CommonFlags): string {
  const argv = flags.dataDir === undefined ? [] : ['--data-dir', resolve(ctx.io.cwd, flags.dataDir)];
  return resolveDataDir(argv, ctx.io.env);
}

/** Opens the data folder read-only for one command and always lets go of it, the report worker included. */
export async function withServices<R>(
  ctx: CommandContext,
  dataDir: string,
  use: (services: ReadOnlyServices) => Promise<R>,
): Promise<R> {
  const services = await openReadOnly(dataDir, ctx);
  try {
    return await use(services);
  } finally {
    await services.close();
  }
}

/** The paper asked for, or the one chosen in the app's settings. */
export async function paperSizeOf(services: ReadOnlyServices, choice: PaperChoice | undefined): Promise<PaperSize> {
  if (choice === 'a4') return 'A4';
  if (choice === 'letter') return 'LETTER';
  return (await services.call('settings:get', {})).paperSize;
}

/**
 * Progress lines on stderr, for a person at a terminal or when --progress asks for them; a cron job's
 * log gets only the final line.
 */
export function progressReporter(ctx: CommandContext, flags: CommonFlags): (line: string) => void {
  const wanted = flags.progress === true || ctx.io.stderrIsTTY;
  return (line) => {
    if (wanted) ctx.io.err(`${line}\n`);
  };
}
