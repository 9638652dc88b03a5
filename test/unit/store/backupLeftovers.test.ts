import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestApp, TRAINEE } from '../support/testApp';
import { startTestBridge } from '../support/testBridge';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();

describe('temp files of backups a kill cut short', () => {
  it('are removed when Trainplan starts, and real backups are kept', async () => {
    const dir = await tempDir();
    const first = await openTestApp(dir);
    await first.call('trainees:create', TRAINEE);
    const real = await first.call('backups:create', {});
    await first.app.close();
    const backups = join(dir, 'backups');
    await mkdir(backups, { recursive: true });
    const leftovers = Array.from(
      { length: 5 },
      (_, i) => `.trainplan-20261122-10000${String(i)}-hourly.jsonl.a1b2c3d4e5f${String(i)}.tmp`,
    );
    for (const name of leftovers) await writeFile(join(backups, name), 'x'.repeat(1000));
    // Not ours: a file a user keeps in the folder stays.
    await writeFile(join(backups, 'notes.txt'), 'mine');

    const { call, app } = await startTestBridge(dir, join(await tempDir(), 'renderer'));
    await app.backupsSettled();
    const names = await readdir(backups);
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(names).toContain(real.fileName);
    expect(names).toContain('notes.txt');
    const listed = (await call('backups:list', {})).value as { fileName: string }[];
    expect(listed.map((b) => b.fileName)).toContain(real.fileName);
  });
});

describe('the temp file of a manifest write a kill cut short', () => {
  it('is removed from the data folder when Trainplan starts, and the manifest kept', async () => {
    const dir = await tempDir();
    const first = await openTestApp(dir);
    await first.call('trainees:create', TRAINEE);
    await first.app.close();
    await writeFile(join(dir, '.trainplan.json.abcdef123456.tmp'), 'x'.repeat(1000));

    const { call, app } = await startTestBridge(dir, join(await tempDir(), 'renderer'));
    await app.backupsSettled();
    const names = await readdir(dir);
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(names).toContain('trainplan.json');
    expect(((await call('trainees:list', {})).value as unknown[]).length).toBe(1);
  });
});
