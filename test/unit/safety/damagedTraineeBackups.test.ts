import { readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupSummary } from '../../../src/shared/api/contract';
import { openTestApp, TRAINEE } from '../support/testApp';
import { startTestBridge } from '../support/testBridge';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();

describe('a damaged trainee and many backups since, through the HTTP bridge', () => {
  it('keeps the newest backup that still holds them, which the warning tells the user to restore', async () => {
    const dir = await tempDir();
    const { call, app } = await openTestApp(dir);
    const ana = await call('trainees:create', TRAINEE);
    await call('trainees:create', { ...TRAINEE, fullName: 'Tom Hughes', employeeId: 'B-2002' });
    const good = await call('backups:create', {});
    await app.store.checkpoint();
    await app.close();
    // The good backups date from before the damage, older than the ten newest and than 30 days.
    for (const name of await readdir(join(dir, 'backups'))) {
      const old = name.replace(/^trainplan-\d{8}/, 'trainplan-20200101');
      await rename(join(dir, 'backups', name), join(dir, 'backups', old));
    }
    expect(good.leftOut).toEqual([]);
    const records = (await readdir(dir)).find((name) => name.startsWith('records-')) ?? '';
    await writeFile(join(dir, records, 'trainees', `${ana.id}.json`), '');

    const { call: bridgeCall, app: bridged } = await startTestBridge(dir, join(await tempDir(), 'renderer'));
    await bridged.backupsSettled();
    for (let i = 0; i < 12; i += 1) expect((await bridgeCall('backups:create', {})).ok).toBe(true);

    const listed = (await bridgeCall('backups:list', {})).value as BackupSummary[];
    expect(listed.filter((b) => b.leftOut.length > 0).length).toBeGreaterThanOrEqual(10);
    // The newest backup that left nobody out (made before the damage) is still there, and restores Ana.
    const holder = listed.find((b) => b.leftOut.length === 0 && b.traineeCount > 0);
    expect(holder).toBeDefined();
    const restored = await bridgeCall('backups:restore', { fileName: holder?.fileName });
    expect(restored.ok).toBe(true);
    expect((await bridgeCall('trainees:get', { id: ana.id })).ok).toBe(true);
  });
});
