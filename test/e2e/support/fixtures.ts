import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { CallName } from '../../../src/shared/api/callNames';
import type { CallInput, CallOutput } from '../../../src/shared/api/contract';
import { callBridge } from './callBridge';
import { startBridgeProcess, type BridgeProcess } from './bridgeProcess';

export interface App {
  bridge: BridgeProcess;
  dataDir: string;
  /** Calls the API directly, for setting up a test's starting point quickly. */
  api<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>>;
  /** Stops the bridge and starts a new one over the same data folder, then reloads the page from it. */
  restart(whileStopped?: () => Promise<void>): Promise<void>;
}

/** Marks the name question answered, leaving the other settings as they are. */
async function answerNameQuestion(app: App): Promise<void> {
  try {
    const settings = await app.api('settings:get', {});
    if (!settings.trainerNameAsked) await app.api('settings:update', { ...settings, trainerNameAsked: true });
  } catch {
    // Records that cannot be opened (a test of the recovery screen) have no settings to change.
  }
}

/** Each test gets its own fresh data folder and its own bridge process. */
export const test = base.extend<{ app: App; initialData: string | null; trainerNameAsked: boolean }>({
  /** A data file to start from; a test sets it with test.use({ initialData }). */
  initialData: [null, { option: true }],
  /**
   * Whether the first-start question for the trainer's name counts as answered. True by default, so
   * the question does not cover the page in tests about something else; a test of the question sets it false.
   */
  trainerNameAsked: [true, { option: true }],
  app: [
    async ({ page, initialData, trainerNameAsked }, use) => {
      const dataDir = await mkdtemp(join(tmpdir(), 'trainplan-e2e-'));
      if (initialData) await writeFile(join(dataDir, 'trainplan.json'), initialData);
      const app: App = {
        bridge: await startBridgeProcess(dataDir),
        dataDir,
        api: (name, input) => callBridge(app.bridge.url, name, input),
        async restart(whileStopped) {
          await app.bridge.stop();
          await whileStopped?.();
          app.bridge = await startBridgeProcess(dataDir);
          await page.goto(app.bridge.url);
        },
      };
      if (trainerNameAsked) await answerNameQuestion(app);
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
