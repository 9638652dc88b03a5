import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startBridgeProcess } from './support/bridgeProcess';
import { callBridge } from './support/callBridge';
import { person } from './support/people';

test('stopping the browser mode (Ctrl+C, SIGTERM) finishes the writes it confirmed and releases the data folder', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'trainplan-stop-'));
  const first = await startBridgeProcess(dataDir);
  const confirmed: string[] = [];
  // Trainers keep adding people while the process is told to stop.
  const writers = Array.from({ length: 4 }, async (_, writer) => {
    for (let n = 0; ; n += 1) {
      const name = `Writer ${String(writer)} person ${String(n)}`;
      try {
        await callBridge(first.url, 'trainees:create', person(name));
      } catch {
        return;
      }
      confirmed.push(name);
    }
  });
  await expect.poll(() => confirmed.length).toBeGreaterThan(20);
  const exitCode = await first.stop();
  await Promise.all(writers);
  expect(exitCode).toBe(0);
  expect(await readdir(dataDir)).not.toContain('trainplan.lock');

  // The next start writes (no lock left behind) and holds every confirmed trainee.
  const second = await startBridgeProcess(dataDir);
  try {
    expect(second.output()).not.toContain('Read-only');
    const names = (await callBridge(second.url, 'trainees:list', {})).map((row) => row.fullName);
    expect(names).toEqual(expect.arrayContaining(confirmed));
  } finally {
    await second.stop();
  }
});
