import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeLine } from '../../../src/main/store/records/checksummedLines';
import type { BackupSummary, DataSummary } from '../../../src/shared/api/contract';
import { openTestApp, TRAINEE } from '../support/testApp';
import { startTestBridge } from '../support/testBridge';
import { useTempDirs } from '../support/tempDir';
import { csv } from '../roster/rosterFiles';

const tempDir = useTempDirs();
const TOM = { ...TRAINEE, fullName: 'Tom Hughes', employeeId: 'B-2002' };

interface Damage {
  doc?: (text: string) => string | Buffer;
  history?: (id: string) => string;
}

/** Each way the attack damaged one trainee's files; every one is caught when that trainee is opened. */
const DAMAGE: [string, Damage][] = [
  ['an empty file', { doc: () => '' }],
  ['bytes that are not UTF-8', { doc: (text) => Buffer.from(text.replace('Łukasz', 'Fran\xe7ois'), 'latin1') }],
  ['the wrong shape', { doc: () => '{"trainee":"nobody","plans":7}' }],
  ['a "__proto__" key', { doc: (text) => text.replace('{', '{"__proto__":{"x":1},') }],
  // Spliced into a backup line unparsed, this would read as a different document.
  ['a second document after the first', { doc: (text) => `${text.trim()},"doc":${text.trim()}` }],
  ['nesting 200 deep', { doc: () => `{"trainee":${'['.repeat(200)}${']'.repeat(200)}}` }],
  [
    'a history event of the wrong shape with a good checksum',
    { history: (id) => encodeLine({ id: 'e-bad', traineeId: id, kind: 'nonsense' }) },
  ],
];

/** Two trainees and a good backup of both; then one of them (the first) is damaged on disk. */
async function folderWithOneDamagedTrainee(damage: Damage) {
  const dir = await tempDir();
  const { call, app } = await openTestApp(dir);
  const ana = await call('trainees:create', TRAINEE);
  await call('trainees:create', TOM);
  const good = await call('backups:create', {});
  await app.store.checkpoint();
  await app.close();
  const records = (await readdir(dir)).find((name) => name.startsWith('records-')) ?? '';
  const docFile = join(dir, records, 'trainees', `${ana.id}.json`);
  const historyFile = join(dir, records, 'history', `${ana.id}.jsonl`);
  if (damage.doc) await writeFile(docFile, damage.doc(await readFile(docFile, 'utf8')));
  if (damage.history) await appendFile(historyFile, damage.history(ana.id));
  const damagedBytes = { doc: await readFile(docFile), history: await readFile(historyFile) };
  const { call: bridgeCall, app: bridged } = await startTestBridge(dir, join(await tempDir(), 'renderer'));
  await bridged.backupsSettled();
  return { dir, ana, good, call: bridgeCall, damagedBytes, app: bridged };
}

/** Every file under `dir`, with its bytes. */
async function allFiles(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      files.set(join(entry.parentPath, entry.name), await readFile(join(entry.parentPath, entry.name)));
  }
  return files;
}

describe.each(DAMAGE)('one trainee damaged by %s, through the HTTP bridge', (_kind, damage) => {
  it('is reported when opened, and every way out still works', async () => {
    const { dir, ana, good, call, damagedBytes } = await folderWithOneDamagedTrainee(damage);

    const opened = damage.doc
      ? await call('trainees:get', { id: ana.id })
      : await call('history:query', { traineeId: ana.id, cursor: null, limit: 50 });
    expect(opened.error?.message).toMatch(/Restore a backup from Settings/);

    // The start-up backup found the damage: the start screen says whom it left out.
    const warned = (await call('backups:warning', {})).value as { warning: string | null };
    expect(warned.warning).toMatch(/left out Łukasz Żółć/);

    // A backup skips the damaged trainee and says so; the list in Settings says so too.
    const made = await call('backups:create', {});
    expect(made.ok).toBe(true);
    const backup = made.value as BackupSummary;
    expect(backup.traineeCount).toBe(1);
    expect(backup.leftOut.map((t) => t.fullName)).toEqual([TRAINEE.fullName]);
    const listed = (await call('backups:list', {})).value as BackupSummary[];
    expect(listed.find((b) => b.fileName === backup.fileName)?.leftOut[0]?.problem).toBeTruthy();

    // An export skips them too, says so, and can be imported.
    const exported = await call('data:export', {});
    expect(exported.ok).toBe(true);
    const file = exported.value as { fileName: string; text: string; leftOut: { fullName: string }[] };
    expect(file.leftOut.map((t) => t.fullName)).toEqual([TRAINEE.fullName]);
    const checked = await call('data:check-import', { fileName: file.fileName, text: file.text });
    expect((checked.value as { incoming: DataSummary } | undefined)?.incoming.trainees).toBe(1);

    // Restoring the good backup works; the damaged bytes are set aside as they were.
    const restored = await call('backups:restore', { fileName: good.fileName });
    expect(restored.error?.message).toBeUndefined();
    const list = (await call('trainees:list', {})).value as { fullName: string }[];
    expect(list.map((t) => t.fullName).sort()).toEqual([TRAINEE.fullName, TOM.fullName].sort());
    expect((await call('trainees:get', { id: ana.id })).ok).toBe(true);
    const setAside = (restored.value as { setAside: string | null }).setAside ?? '';
    expect(setAside.startsWith(join(dir, 'set-aside-'))).toBe(true);
    const kept = [...(await allFiles(setAside)).values()];
    expect(kept.some((bytes) => bytes.equals(damagedBytes.doc))).toBe(true);
    expect(kept.some((bytes) => bytes.equals(damagedBytes.history))).toBe(true);
  });

  it('can be deleted, and a roster import and a data import still work', async () => {
    const { call, app } = await folderWithOneDamagedTrainee(damage);
    const roster = await app.dispatch('roster:import', { ...csv('Name,Badge\nNew Person,N1\n'), existing: 'update' });
    expect(roster.ok ? null : roster.error.message).toBeNull();
    const exported = (await call('data:export', {})).value as { fileName: string; text: string };
    const imported = await call('data:import', { fileName: exported.fileName, text: exported.text });
    expect(imported.error?.message).toBeUndefined();

    const again = await folderWithOneDamagedTrainee(damage);
    const deleted = await again.call('trainees:delete', { id: again.ana.id, confirmName: TRAINEE.fullName });
    expect(deleted.error?.message).toBeUndefined();
    // Deleted, they are no longer named as left out.
    expect(((await again.call('backups:warning', {})).value as { warning: string | null }).warning).toBeNull();
    const list = (await again.call('trainees:list', {})).value as { fullName: string }[];
    expect(list.map((t) => t.fullName)).toEqual([TOM.fullName]);
  });
});
