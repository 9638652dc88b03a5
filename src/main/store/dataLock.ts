import { hostname } from 'node:os';
import { mkdir, open, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const LOCK_FILE_NAME = 'trainplan.lock';
/** How often the writer says it is still there, and how long silence means it is gone (other computers). */
const HEARTBEAT_MS = 60_000;
const STALE_AFTER_MS = 5 * 60_000;

export interface LockHolder {
  pid: number;
  host: string;
  since: string;
  heartbeatAt: string;
}

export type DataLock =
  | { mode: 'write'; release: () => Promise<void> }
  | { mode: 'read-only'; holder: LockHolder; release: () => Promise<void> };

export interface LockOptions {
  pid?: number;
  host?: string;
  now?: () => Date;
  /** Whether a process of this computer is still running; injectable for tests. */
  isRunning?: (pid: number) => boolean;
}

function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readHolder(file: string): Promise<LockHolder | null> {
  try {
    const value = JSON.parse(await readFile(file, 'utf8')) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string' || typeof value.since !== 'string') return null;
    return { pid: value.pid, host: value.host, since: value.since, heartbeatAt: value.heartbeatAt ?? value.since };
  } catch {
    return null;
  }
}

/**
 * One writer at a time per data folder, also across computers on a shared drive. A second app
 * opens read-only and can say who holds the folder. A lock left by a process that died (same
 * computer) or that has been silent too long (another computer) is stale and taken over.
 */
export async function acquireDataLock(dataDir: string, options: LockOptions = {}): Promise<DataLock> {
  // On a first start the data folder does not exist yet.
  await mkdir(dataDir, { recursive: true });
  const file = join(dataDir, LOCK_FILE_NAME);
  const pid = options.pid ?? process.pid;
  const host = options.host ?? hostname();
  const now = options.now ?? (() => new Date());
  const isRunning = options.isRunning ?? processIsRunning;
  const me = (): LockHolder => ({ pid, host, since: started, heartbeatAt: now().toISOString() });
  const started = now().toISOString();

  const isStale = (holder: LockHolder | null): boolean => {
    if (holder === null) return true;
    if (holder.host === host) return holder.pid === pid || !isRunning(holder.pid);
    return now().getTime() - Date.parse(holder.heartbeatAt) > STALE_AFTER_MS;
  };

  const take = async (): Promise<boolean> => {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(JSON.stringify(me()));
      await handle.close();
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      return false;
    }
  };

  if (!(await take())) {
    const holder = await readHolder(file);
    if (!isStale(holder) && holder) return { mode: 'read-only', holder, release: () => Promise.resolve() };
    // Replace the stale lock atomically, then check we are the one that won.
    const temp = `${file}.${String(pid)}.tmp`;
    await writeFile(temp, JSON.stringify(me()));
    await rename(temp, file);
    const winner = await readHolder(file);
    if (winner?.pid !== pid || winner.host !== host) {
      return winner
        ? { mode: 'read-only', holder: winner, release: () => Promise.resolve() }
        : acquireDataLock(dataDir, options);
    }
  }

  const heartbeat = setInterval(() => {
    void writeFile(file, JSON.stringify(me())).catch(() => undefined);
  }, HEARTBEAT_MS);
  heartbeat.unref();
  let released = false;
  return {
    mode: 'write',
    release: async () => {
      if (released) return;
      released = true;
      clearInterval(heartbeat);
      const holder = await readHolder(file);
      if (holder?.pid === pid && holder.host === host) await unlink(file).catch(() => undefined);
    },
  };
}

export function describeHolder(holder: LockHolder): string {
  const since = new Date(holder.since);
  const time = `${since.toLocaleDateString('en-GB')} ${since.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}`;
  return `Trainplan on ${holder.host} (process ${String(holder.pid)}) has been using this data folder since ${time}`;
}
