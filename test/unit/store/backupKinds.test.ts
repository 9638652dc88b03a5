import { copyFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestApp, TRAINEE } from '../support/testApp';
import { startTestBridge } from '../support/testBridge';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();

describe('each backup says why it was made', () => {
  it('start-up, manual, before an import and before a restore, through the bridge', async () => {
    const dir = await tempDir();
    const first = await openTestApp(dir);
    await first.call('trainees:create', TRAINEE);
    const exported = await first.call('data:export', {});
    await first.app.close();

    // A second start: its start-up backup; then one made by hand, an import, a restore.
    const clock = { now: new Date('2026-11-22T12:00:00Z') };
    const second = await openTestApp(dir, clock);
    await second.app.backupsSettled();
    clock.now = new Date('2026-11-22T12:01:00Z');
    await second.call('backups:create', {});
    clock.now = new Date('2026-11-22T12:02:00Z');
    await second.call('data:import', { fileName: exported.fileName, text: exported.text });
    clock.now = new Date('2026-11-22T12:03:00Z');
    await second.call('backups:restore', { fileName: 'trainplan-20261122-120100-manual.jsonl' });
    await second.app.close();

    const { call } = await startTestBridge(dir, `${dir}-renderer`);
    const answer = await call('backups:list', {});
    const kinds = (answer.value as { fileName: string; kind: string }[]).map((b) => [b.fileName, b.kind]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['trainplan-20261122-120000-startup.jsonl', 'startup'],
        ['trainplan-20261122-120100-manual.jsonl', 'manual'],
        ['trainplan-20261122-120200-before-import.jsonl', 'before-import'],
        ['trainplan-20261122-120300-before-restore.jsonl', 'before-restore'],
      ]),
    );
  });

  it('a backup from before kinds were noted lists as unknown, and still restores', async () => {
    const dir = await tempDir();
    const first = await openTestApp(dir);
    await first.call('trainees:create', TRAINEE);
    await first.call('backups:create', {});
    await first.app.close();
    const folder = join(dir, 'backups');
    const made = (await readdir(folder)).find((n) => n.endsWith('-manual.jsonl')) ?? '';
    await copyFile(join(folder, made), join(folder, 'trainplan-20261001-080000.jsonl'));

    const { call } = await openTestApp(dir);
    const old = (await call('backups:list', {})).find((b) => b.fileName === 'trainplan-20261001-080000.jsonl');
    expect(old).toMatchObject({ kind: 'unknown', traineeCount: 1 });
    expect(await call('backups:restore', { fileName: 'trainplan-20261001-080000.jsonl' })).toMatchObject({
      restored: 'trainplan-20261001-080000.jsonl',
    });
  });
});
