import { describe, expect, it } from 'vitest';
import { recordsStamp } from '../../../src/main/cli/recordsStamp';
import { useTempDirs } from '../support/tempDir';
import { openTestApp, TRAINEE } from '../support/testApp';

const newDir = useTempDirs();

describe('recordsStamp', () => {
  it('stays the same while nothing is checkpointed, and changes when the app checkpoints', async () => {
    const dataDir = await newDir();
    const { app, call } = await openTestApp(dataDir);
    await call('trainees:create', TRAINEE);
    const first = await recordsStamp(dataDir);
    expect(await recordsStamp(dataDir)).toBe(first);

    await app.store.checkpoint();

    // The CLI reads the records again when this happens between its two looks.
    expect(await recordsStamp(dataDir)).not.toBe(first);
  });
});
