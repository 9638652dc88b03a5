import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { startTrainplan } from '../../../src/main/recovery/appSession';
import type { AppInfo } from '../../../src/shared/api/contract';
import { SEEDS_DIR } from '../../fixtures/frameworkFiles';
import { openTestApp, TRAINEE } from '../support/testApp';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();
const now = () => new Date('2026-11-22T12:00:00Z');

async function start(dataDir: string, onQuit = vi.fn()) {
  const session = await startTrainplan({ dataDir, seedsDir: SEEDS_DIR, mode: 'browser', version: 't', now, onQuit });
  return { session, onQuit };
}

async function damagedFolderWithBackup(content: string) {
  const dir = await tempDir();
  const { call } = await openTestApp(dir);
  await call('trainees:create', TRAINEE);
  await call('backups:create', {});
  await writeFile(join(dir, 'trainplan.json'), content);
  return dir;
}

describe('recovery at start-up', () => {
  it.each([
    ['empty', ''],
    ['not JSON', '{"schemaVersion":2,'],
    ['failing the schema', '{"schemaVersion":2,"trainees":"lots"}'],
    ['from a newer version', '{"schemaVersion":99}'],
  ])('moves a data file that is %s aside, untouched, and offers the backups', async (_kind, content) => {
    const dir = await damagedFolderWithBackup(content);
    const { session } = await start(dir);
    const info = await session.info();
    expect(info.recovery?.movedTo).toBe(join(dir, 'trainplan.json.corrupt-2026-11-22T12-00-00-000Z'));
    expect(await readFile(info.recovery?.movedTo ?? '', 'utf8')).toBe(content);
    expect(info.recovery?.backups.map((b) => b.traineeCount)).toEqual([1, 1]);
    expect(await readdir(dir)).not.toContain('trainplan.json');
    const refused = await session.dispatch('trainees:list', {});
    expect(refused).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('choose how to recover') as string },
    });
  });

  it('restores the chosen backup and carries on normally', async () => {
    const dir = await damagedFolderWithBackup('garbage');
    const { session } = await start(dir);
    const [backup] = (await session.info()).recovery?.backups ?? [];
    expect(await session.dispatch('recovery:restore', { fileName: backup?.fileName ?? '' })).toMatchObject({
      ok: true,
    });
    const list = await session.dispatch('trainees:list', {});
    expect(list.ok && list.value).toHaveLength(1);
    expect(((await session.dispatch('app:info', {})) as { value: AppInfo }).value.recovery).toBeNull();
    await session.close();
  });

  it('starts empty when asked, keeping the moved file', async () => {
    const dir = await damagedFolderWithBackup('garbage');
    const { session } = await start(dir);
    await session.dispatch('recovery:start-empty', {});
    const list = await session.dispatch('trainees:list', {});
    expect(list.ok && list.value).toEqual([]);
    expect((await readdir(dir)).some((n) => n.startsWith('trainplan.json.corrupt-'))).toBe(true);
    await session.close();
  });

  it('quits when asked, and refuses a backup that does not exist', async () => {
    const dir = await damagedFolderWithBackup('garbage');
    const { session, onQuit } = await start(dir);
    expect(await session.dispatch('recovery:restore', { fileName: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    await session.dispatch('recovery:quit', {});
    expect(onQuit).toHaveBeenCalledOnce();
  });
});
