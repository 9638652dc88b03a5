import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { folderCannotBeMade, lockIsAFolder } from './dataFolderMessages';
import { describeHolder, type ReadOnlyReason } from './readOnly';

export const LOCK_FILE_NAME = 'trainplan.lock';
/** Held for the few milliseconds it takes to replace a stale lock, so two apps never both take it over. */
const TAKEOVER_FILE_NAME = 'trainplan.lock.takeover';
/** How often the writer says it is still there, and how long silence means it is gone (other computers). */
const HEARTBEAT_MS = 60_000;
const STALE_AFTER_MS = 5 * 60_000;
/** A lock file that cannot be read is another app's half-written one for this long, then it is left-over. */
const UNREADABLE_STALE_AFTER_MS = 10_000;

export interface LockHolder {
  pid: number;
  host: string;
  since: string;
  heartbeatAt: string;
  /** Tells this holder from an earlier one with the same process number (absent in older lock files). */
  nonce?: string;
}

export type DataLock =
  | { mode: 'write'; release: () => Promise<void>; heartbeat: () => Promise<void> }
  | { mode: 'read-only'; reason: ReadOnlyReason; release: () => Promise<void> };

/** The file operations the lock uses; injectable so tests can make them slow or fail. */
export type LockFs = Pick<
  typeof nodeFs,
  'readFile' | 'writeFile' | 'link' | 'rename' | 'unlink' | 'stat' | 'open' | 'mkdir'
>;

export interface LockOptions {
  pid?: number;
  host?: string;
  now?: () => Date;
  /** Whether a process of this computer is still running; injectable for tests. */
  isRunning?: (pid: number) => boolean;
  /** Told once, in words, when another app has taken the folder over (this one was silent too long). */
  onLost?: (holderDescription: string) => void;
  fs?: Partial<LockFs>;
}

const CANNOT_WRITE = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM']);

/** Why nothing can be written, from the error the disk gave. */
export function cannotWriteReason(code: string): ReadOnlyReason {
  return { kind: 'disk', full: code === 'ENOSPC' || code === 'EDQUOT' };
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? '';
}

function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return codeOf(error) === 'EPERM';
  }
}

function parseHolder(text: string): LockHolder | null {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string' || typeof value.since !== 'string') return null;
    return {
      pid: value.pid,
      host: value.host,
      since: value.since,
      heartbeatAt: typeof value.heartbeatAt === 'string' ? value.heartbeatAt : value.since,
      ...(typeof value.nonce === 'string' ? { nonce: value.nonce } : {}),
    };
  } catch {
    return null;
  }
}

interface Seen {
  text: string;
  holder: LockHolder | null;
  modifiedMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One writer at a time per data folder, also across computers on a shared drive. A second app
 * opens read-only and can say who holds the folder. A lock left by a process that died (same
 * computer) or that has been silent too long (another computer) is stale and taken over.
 *
 * Every step is atomic: the lock is created complete or not at all (a written temp file hard-linked
 * into place, which fails when a lock exists), and a stale lock is replaced only by the app holding
 * the takeover file, after checking the lock is still the stale one it saw.
 */
export async function acquireDataLock(dataDir: string, options: LockOptions = {}): Promise<DataLock> {
  const fs: LockFs = { ...nodeFs, ...options.fs };
  const file = join(dataDir, LOCK_FILE_NAME);
  const takeoverFile = join(dataDir, TAKEOVER_FILE_NAME);
  const pid = options.pid ?? process.pid;
  const host = options.host ?? hostname();
  const now = options.now ?? (() => new Date());
  const isRunning = options.isRunning ?? processIsRunning;
  const nonce = randomBytes(8).toString('hex');
  const since = now().toISOString();
  const myText = () => JSON.stringify({ pid, host, since, heartbeatAt: now().toISOString(), nonce });
  const isMine = (text: string | null) => text !== null && parseHolder(text)?.nonce === nonce;

  const readText = async (path: string): Promise<string | null> => {
    try {
      return await fs.readFile(path, 'utf8');
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return null;
      throw error;
    }
  };
  const look = async (path: string): Promise<Seen | null> => {
    try {
      const [text, stats] = await Promise.all([fs.readFile(path, 'utf8'), fs.stat(path)]);
      return { text, holder: parseHolder(text), modifiedMs: stats.mtimeMs };
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return null;
      throw error;
    }
  };
  const isStale = ({ holder, modifiedMs }: Seen): boolean => {
    if (holder === null) return Date.now() - modifiedMs > UNREADABLE_STALE_AFTER_MS;
    if (holder.host === host) return holder.pid === pid || !isRunning(holder.pid);
    return now().getTime() - Date.parse(holder.heartbeatAt) > STALE_AFTER_MS;
  };

  /** Creates `path` holding `text`, complete, unless it exists. */
  const createExclusive = async (path: string, text: string): Promise<boolean> => {
    const temp = `${file}.${nonce}.tmp`;
    try {
      await fs.writeFile(temp, text, { flag: 'wx' });
      try {
        await fs.link(temp, path);
        return true;
      } catch (error) {
        if (codeOf(error) === 'EEXIST') return false;
        // Some shared drives have no hard links: an exclusive create, written just after.
        if (!['EPERM', 'ENOTSUP', 'ENOSYS', 'EOPNOTSUPP'].includes(codeOf(error))) throw error;
        try {
          await fs.writeFile(path, text, { flag: 'wx' });
          return true;
        } catch (fallbackError) {
          if (codeOf(fallbackError) === 'EEXIST') return false;
          await fs.unlink(path).catch(() => undefined);
          throw fallbackError;
        }
      }
    } finally {
      await fs.unlink(temp).catch(() => undefined);
    }
  };
  /** Replaces `path` atomically with `text`. */
  const replace = async (path: string, text: string) => {
    const temp = `${file}.${nonce}.tmp`;
    try {
      await fs.writeFile(temp, text);
      await fs.rename(temp, path);
    } catch (error) {
      await fs.unlink(temp).catch(() => undefined);
      throw error;
    }
  };
  /** Removes a takeover file left by an app killed while using it, unless it changed since it was seen. */
  const removeLeftOver = async (path: string, seen: Seen) => {
    const aside = `${path}.${nonce}.aside`;
    try {
      await fs.rename(path, aside);
    } catch {
      return;
    }
    if ((await readText(aside)) !== seen.text) await fs.link(aside, path).catch(() => undefined);
    await fs.unlink(aside).catch(() => undefined);
  };

  /** One attempt: the lock, a read-only answer, or null to try again. */
  const attempt = async (): Promise<DataLock | null> => {
    if (await createExclusive(file, myText())) return writer();
    const seen = await look(file);
    if (seen === null) return null;
    if (!isStale(seen)) {
      return {
        mode: 'read-only',
        reason: seen.holder ? { kind: 'held', holder: seen.holder } : { kind: 'starting' },
        release: () => Promise.resolve(),
      };
    }
    if (!(await createExclusive(takeoverFile, myText()))) {
      const other = await look(takeoverFile);
      if (other && Date.now() - other.modifiedMs > UNREADABLE_STALE_AFTER_MS) await removeLeftOver(takeoverFile, other);
      return null;
    }
    try {
      if ((await readText(file)) !== seen.text) return null;
      await replace(file, myText());
    } finally {
      await fs.unlink(takeoverFile).catch(() => undefined);
    }
    return isMine(await readText(file)) ? writer() : null;
  };

  const writer = (): DataLock => {
    let state: 'held' | 'lost' | 'released' = 'held';
    const heartbeat = async () => {
      if (state !== 'held') return;
      const text = await readText(file).catch(() => null);
      if (!isMine(text)) {
        state = 'lost';
        clearInterval(timer);
        const holder = text === null ? null : parseHolder(text);
        options.onLost?.(holder ? describeHolder(holder) : 'another Trainplan');
        return;
      }
      // A full disk may stop one heartbeat; the next one tries again.
      await replace(file, myText()).catch(() => undefined);
    };
    const timer = setInterval(() => void heartbeat(), HEARTBEAT_MS);
    timer.unref();
    return {
      mode: 'write',
      heartbeat,
      release: async () => {
        if (state !== 'held') return;
        state = 'released';
        clearInterval(timer);
        if (isMine(await readText(file).catch(() => null))) await fs.unlink(file).catch(() => undefined);
      },
    };
  };

  try {
    // A folder that already exists is fine even on a read-only drive (recursive mkdir does not fail then).
    await fs.mkdir(dataDir, { recursive: true });
  } catch (error) {
    throw folderCannotBeMade(dataDir, error);
  }
  try {
    for (let tries = 0; ; tries += 1) {
      const lock = await attempt();
      if (lock) return lock;
      if (tries === 50) throw new Error('The data folder lock kept changing while Trainplan tried to take it.');
      // Another app is taking the folder at this moment: let it finish, then look again.
      await sleep(5 + Math.random() * 20);
    }
  } catch (error) {
    if (codeOf(error) === 'EISDIR')
      throw (await lockIsAFolder(dataDir, [LOCK_FILE_NAME, TAKEOVER_FILE_NAME], fs.stat)) ?? error;
    if (!CANNOT_WRITE.has(codeOf(error))) throw error;
    return { mode: 'read-only', reason: cannotWriteReason(codeOf(error)), release: () => Promise.resolve() };
  }
}
