import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { startBridgeProcess, type BridgeProcess } from './bridgeProcess';

export interface App {
  bridge: BridgeProcess;
  dataDir: string;
  /** Stops the bridge and starts a new one over the same data folder, then reloads the page from it. */
  restart(): Promise<void>;
}

/** Each test gets its own fresh data folder and its own bridge process. */
export const test = base.extend<{ app: App }>({
  app: [
    async ({ page }, use) => {
      const dataDir = await mkdtemp(join(tmpdir(), 'trainplan-e2e-'));
      const app: App = {
        bridge: await startBridgeProcess(dataDir),
        dataDir,
        async restart() {
          await app.bridge.stop();
          app.bridge = await startBridgeProcess(dataDir);
          await page.goto(app.bridge.url);
        },
      };
      await page.goto(app.bridge.url);
      await use(app);
      await app.bridge.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
    // Every test runs against its own bridge, whether or not it talks to it directly.
    { auto: true },
  ],
});

export { expect };
