import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openTrainplan } from '../../../src/main/services';
import { startBridge, type Bridge } from '../../../src/main/web/bridgeServer';
import { SEEDS_DIR } from '../../fixtures/frameworkFiles';
import { closeAfterTest } from './tempDir';

const bridges: Bridge[] = [];
afterEach(async () => {
  await Promise.all(bridges.splice(0).map((b) => b.close()));
});

/** The real services behind the real HTTP bridge, over `dataDir`: bad input goes in as an attacker would send it. */
export async function startTestBridge(dataDir: string, rendererDir: string) {
  await mkdir(rendererDir, { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Trainplan</title>');
  const app = await openTrainplan({ dataDir, seedsDir: SEEDS_DIR, mode: 'browser', version: 't' });
  closeAfterTest(app);
  const bridge = await startBridge({ dispatch: app.dispatch, rendererDir });
  bridges.push(bridge);
  /** POSTs `input` as JSON to a call and returns the parsed answer, as the page receives it. */
  const call = async (
    name: string,
    input: unknown,
  ): Promise<{ ok: boolean; value?: unknown; error?: { message: string } }> => {
    const response = await fetch(`http://127.0.0.1:${String(bridge.port)}/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-trainplan-token': bridge.token },
      body: JSON.stringify(input),
    });
    return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  };
  return { app, bridge, call };
}
