import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { startTrainplan } from '../../../src/main/recovery/appSession';
import type { BackupSummary } from '../../../src/shared/api/contract';
import { SEEDS_DIR } from '../../fixtures/frameworkFiles';
import { TRAINEE } from '../support/testApp';
import { startTestBridge } from '../support/testBridge';
import { closeAfterTest, useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();

async function recordsFolder(dir: string): Promise<string> {
  return join(dir, (await readdir(dir)).find((n) => n.startsWith('records-')) ?? '');
}

/** Through the real HTTP bridge: a trainee with five edits in their history, checkpointed to their files. */
async function folderWithHistory(): Promise<{ dir: string; traineeId: string }> {
  const dir = await tempDir();
  const { app, call } = await startTestBridge(dir, await tempDir());
  const created = await call('trainees:create', TRAINEE);
  const traineeId = (created.value as { id: string }).id;
  for (let n = 1; n <= 5; n += 1) {
    const updated = await call('trainees:update', { id: traineeId, ...TRAINEE, team: `Line ${String(n)}` });
    expect(updated.ok).toBe(true);
  }
  await app.store.checkpoint();
  await app.close();
  return { dir, traineeId };
}

describe('damage reported through the HTTP bridge (issue 17, items 3 and 11)', () => {
  it('answers a history with one changed byte in the middle with a plain error, not 5 of 6 events; a backup leaves them out and names them', async () => {
    const { dir, traineeId } = await folderWithHistory();
    const file = join(await recordsFolder(dir), 'history', `${traineeId}.jsonl`);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('"Line 3"', '"Line 8"'));
    const { call } = await startTestBridge(dir, await tempDir());
    const page = await call('history:query', { traineeId, limit: 50 });
    expect(page.ok).toBe(false);
    expect(page.error?.message).toMatch(/a line of their history is damaged.*Restore a backup from Settings/);
    const backup = await call('backups:create', {});
    expect(backup.ok).toBe(true);
    const made = backup.value as BackupSummary;
    expect(made.leftOut.map((t) => t.problem)).toEqual([expect.stringMatching(/history/)]);
    expect(made.traineeCount).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(text.replace('"Line 3"', '"Line 8"'));
  });

  it('answers a history with a line cut out with a plain error', async () => {
    const { dir, traineeId } = await folderWithHistory();
    const file = join(await recordsFolder(dir), 'history', `${traineeId}.jsonl`);
    const lines = (await readFile(file, 'utf8')).split('\n');
    await writeFile(file, [...lines.slice(0, 2), ...lines.slice(3)].join('\n'));
    const { call } = await startTestBridge(dir, await tempDir());
    const page = await call('history:query', { traineeId, limit: 50 });
    expect(page.error?.message).toMatch(/a line of their history is missing/);
  });

  it('opens on the recovery screen when index.json was changed but still reads as JSON', async () => {
    const { dir } = await folderWithHistory();
    const index = join(await recordsFolder(dir), 'index.json');
    const text = await readFile(index, 'utf8');
    await writeFile(index, text.replace('"Leeds"', '"Leads"'));
    // The app as the bridge and the window start it: damage found on opening leads to the recovery screen.
    const session = await startTrainplan({
      dataDir: dir,
      seedsDir: SEEDS_DIR,
      mode: 'browser',
      version: 't',
      onQuit: vi.fn(),
    });
    closeAfterTest(session);
    const recovery = (await session.info()).recovery;
    expect(recovery?.kind).toBe('damaged');
    expect(recovery?.problem).toMatch(/do not match its checksum/);
  });
});
