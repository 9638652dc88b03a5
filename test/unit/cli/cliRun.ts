import { stat, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { CliIo } from '../../../src/main/cli/cliIo';
import { runCli } from '../../../src/main/cli/runCli';
import { SEEDS_DIR } from '../../fixtures/frameworkFiles';

export interface CliOutcome {
  code: number;
  out: string;
  err: string;
}

/** Runs `trainplan …` in this process, as the built program would, and keeps what it said. */
export async function trainplan(
  argv: readonly string[],
  options: { env?: NodeJS.ProcessEnv; tty?: boolean; cwd?: string } = {},
): Promise<CliOutcome> {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (text) => (out += text),
    err: (text) => (err += text),
    stderrIsTTY: options.tty ?? false,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
  };
  const code = await runCli(argv, io, {
    io,
    seedsDir: SEEDS_DIR,
    version: '9.9.9-test',
    // The day the report fixture is set on, so reports are dated and judged as on that day.
    now: () => new Date('2026-11-22T10:00:00Z'),
  });
  return { code, out, err };
}

/**
 * Every file and folder under `dir` with its size and modification time: two equal states mean
 * nothing was written, created, touched or removed there.
 */
export async function folderSnapshot(dir: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const info = await stat(path);
      found.set(relative(dir, path), `${entry.isDirectory() ? 'dir' : String(info.size)} ${String(info.mtimeMs)}`);
      if (entry.isDirectory()) await walk(path);
    }
  };
  await walk(dir);
  return found;
}
