import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRAINEE } from '../support/testApp';
import { startTestBridge } from '../support/testBridge';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();

async function recordsFolder(dir: string): Promise<string> {
  return join(dir, (await readdir(dir)).find((n) => n.startsWith('records-')) ?? '');
}

/** Through the real HTTP bridge: two trainees with a few edits each, checkpointed to their files. */
async function twoTraineesWithHistory(): Promise<{ dir: string; ana: string; tom: string }> {
  const dir = await tempDir();
  const { app, call } = await startTestBridge(dir, await tempDir());
  const ids: string[] = [];
  for (const [fullName, employeeId] of [
    ['Ana Silva', 'B-1'],
    ['Tom Hughes', 'B-2'],
  ] as const) {
    const created = await call('trainees:create', { ...TRAINEE, fullName, employeeId });
    const id = (created.value as { id: string }).id;
    for (let n = 1; n <= 3; n += 1) {
      const updated = await call('trainees:update', {
        id,
        ...TRAINEE,
        fullName,
        employeeId,
        team: `Line ${String(n)}`,
      });
      expect(updated.ok).toBe(true);
    }
    ids.push(id);
  }
  await app.store.checkpoint();
  await app.close();
  return { dir, ana: ids[0] ?? '', tom: ids[1] ?? '' };
}

describe('a history file that belongs to another trainee (issue 17, gap A)', () => {
  it('is refused like a damaged history, not shown under the wrong trainee; the file is kept as it is', async () => {
    const { dir, ana, tom } = await twoTraineesWithHistory();
    const history = join(await recordsFolder(dir), 'history');
    await copyFile(join(history, `${tom}.jsonl`), join(history, `${ana}.jsonl`));
    const copied = await readFile(join(history, `${ana}.jsonl`));

    const { call } = await startTestBridge(dir, await tempDir());
    const page = await call('history:query', { traineeId: ana, limit: 50 });
    expect(page.ok).toBe(false);
    expect(page.error?.message).toMatch(
      /^This trainee's records file cannot be used: their history file belongs to another trainee .*Restore a backup from Settings/,
    );
    // Tom's own history still reads, and Ana's file was not touched.
    const toms = await call('history:query', { traineeId: tom, limit: 50 });
    expect(toms.ok).toBe(true);
    expect(await readFile(join(history, `${ana}.jsonl`))).toEqual(copied);
  });
});
