import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** Things a test opened that must finish (queued writes, background backups) before its folder goes. */
const openedThisTest: { close(): Promise<unknown> }[] = [];

export function closeAfterTest(thing: { close(): Promise<unknown> }): void {
  openedThisTest.push(thing);
}

/** A fresh folder per call, removed after the test. Tests never touch a real data folder. */
export function useTempDirs(): () => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.allSettled(openedThisTest.splice(0).map((thing) => thing.close()));
    await Promise.all(
      made.splice(0).map((dir) => rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 })),
    );
  });
  return async () => {
    const dir = await mkdtemp(join(tmpdir(), 'trainplan-unit-'));
    made.push(dir);
    return dir;
  };
}
