import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { encodeForWire } from '../../src/shared/api/wire';
import { hrWorkbook } from '../fixtures/rosterWorkbooks';
import { startBridgeProcess } from './support/bridgeProcess';

/** A call as the page makes it, with bytes as the wire carries them; resolves to the answer's JSON. */
async function post(url: string, name: string, input: unknown): Promise<{ ok: boolean; value?: unknown }> {
  const { origin, searchParams } = new URL(url);
  const response = await fetch(`${origin}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-trainplan-token': searchParams.get('token') ?? '' },
    body: JSON.stringify(input),
  });
  return (await response.json()) as { ok: boolean; value?: unknown };
}

test('SIGTERM while a workbook of 20,000 people is being read stops the browser mode cleanly', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'trainplan-roster-stop-'));
  const bridge = await startBridgeProcess(dataDir);
  const bytes = await hrWorkbook(20_000);
  // The answer may never come (the process stops first): that is the point.
  const preview = post(bridge.url, 'roster:preview', encodeForWire({ fileName: 'hr.xlsx', bytes })).catch(() => null);
  await expect
    .poll(async () => (await post(bridge.url, 'roster:progress', {})).value, { timeout: 20_000 })
    .toMatchObject({ stage: 'reading' });
  expect(await bridge.stop()).toBe(0);
  expect(await readdir(dataDir)).not.toContain('trainplan.lock');
  await preview;
});
