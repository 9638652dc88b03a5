import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTrainplan } from '../../../src/main/services';
import { decodeLines } from '../../../src/main/store/records/checksummedLines';
import { SEEDS_DIR } from '../../fixtures/frameworkFiles';
import { closeAfterTest, useTempDirs } from '../support/tempDir';
import { csv } from './rosterFiles';

const tempDir = useTempDirs();
const PEOPLE = 5000;

function bigRoster(team: string): string {
  const lines = ['Name;Badge;Team;Site;Start date'];
  for (let i = 1; i <= PEOPLE; i += 1)
    lines.push(`Person ${String(i)};B${String(i)};${team};Leeds;0${String((i % 9) + 1)}.03.2026`);
  return `${lines.join('\r\n')}\r\n`;
}

async function journalRecords(dataDir: string) {
  const records = join(dataDir, (await readdir(dataDir)).find((f) => f.startsWith('records-')) ?? '');
  const journal = (await readdir(records)).find((f) => f.startsWith('journal-')) ?? '';
  return decodeLines(await readFile(join(records, journal), 'utf8')).records as {
    docs?: unknown[];
    events?: { kind: string }[];
  }[];
}

describe('a roster of 5,000 people', () => {
  it('is imported as one journal record, and re-imported with “update” as one more', async () => {
    const dataDir = await tempDir();
    const app = await openTrainplan({
      dataDir,
      seedsDir: SEEDS_DIR,
      mode: 'browser',
      version: 't',
      // No checkpoint while counting: the journal keeps every record of the test.
      checkpointBytes: 1024 * 1024 * 1024,
    });
    closeAfterTest(app);
    await app.backupsSettled();
    const run = async (team: string, existing: 'update' | 'skip') => {
      const result = await app.dispatch('roster:import', { ...csv(bigRoster(team)), existing });
      if (!result.ok) throw new Error(result.error.message);
      return result.value as { added: number; updated: number; skipped: number; refused: number };
    };

    expect(await run('Line 1', 'update')).toMatchObject({ added: PEOPLE, updated: 0, skipped: 0, refused: 0 });
    let records = await journalRecords(dataDir);
    expect(records).toHaveLength(1);
    expect(records[0]?.docs).toHaveLength(PEOPLE);
    expect(records[0]?.events?.filter((e) => e.kind === 'trainee.created')).toHaveLength(PEOPLE);

    expect(await run('Line 2', 'update')).toMatchObject({ added: 0, updated: PEOPLE, skipped: 0, refused: 0 });
    expect(await run('Line 3', 'skip')).toMatchObject({ added: 0, updated: 0, skipped: PEOPLE, refused: 0 });
    records = await journalRecords(dataDir);
    expect(records).toHaveLength(2);
    expect(records[1]?.events?.filter((e) => e.kind === 'trainee.edited')).toHaveLength(PEOPLE);
    expect(new Set([...app.store.entries()].map((e) => e.team))).toEqual(new Set(['Line 2']));
    // Nothing is left running: the progress call says no import is being made.
    expect(await app.dispatch('roster:progress', {})).toEqual({ ok: true, value: null });
  }, 60_000);
});
