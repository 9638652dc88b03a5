import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..', '..');

export interface BridgeProcess {
  url: string;
  dataDir: string;
  output(): string;
  /** Sends SIGTERM, as Ctrl+C or a service manager would, and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts the real browser bridge (`out/main/web.js`) on a random port over `dataDir`, as a user would. */
export async function startBridgeProcess(dataDir: string, extraArgs: string[] = []): Promise<BridgeProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['out/main/web.js', '--data-dir', dataDir, '--port', '0', ...extraArgs],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The bridge did not start in time:\n${output}`)), 20_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The bridge exited with code ${String(code)}:\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const [code] = (await once(child, 'exit')) as [number | null];
      return code;
    },
  };
}
