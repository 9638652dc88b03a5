import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTrainplan } from '../../../src/main/services';
import { switchManifest } from '../../../src/main/store/records/openRecords';
import { decodeLines } from '../../../src/main/store/records/checksummedLines';
import { buildRecordsFolder } from '../../../src/main/store/records/recordsBuilder';
import { datasetTrainee, noSyncFs } from '../../fixtures/recordsDataset';
import { SEEDS_DIR } from '../../fixtures/frameworkFiles';
import { OFFICE, PLANT } from '../support/ids';
import { closeAfterTest, useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();
const GROUP = 200;

/** `count` trainees as a plant has them; the first GROUP are on PLANT, the others on another framework. */
async function plant(count: number): Promise<string> {
  const dataDir = await tempDir();
  const name = await buildRecordsFolder(
    dataDir,
    new Date('2026-11-01T08:00:00Z'),
    async (builder) => {
      for (let i = 0; i < count; i += 1) {
        const { doc, events } = datasetTrainee(i);
        for (const plan of doc.plans) plan.frameworkId = i < GROUP ? PLANT : OFFICE;
        await builder.addTrainee(doc, events);
      }
      return builder.finish(
        {
          organisationName: 'Northfield',
          trainerName: 'Maria Keane',
          paperSize: 'A4',
          trainerNameAsked: true,
          startPage: 'trainees',
          rosterMappings: [],
        },
        [],
      );
    },
    noSyncFs,
  );
  await switchManifest(dataDir, name);
  return dataDir;
}

/** Signs 3 statements off for the GROUP trainees on PLANT: what the journal grew by, and the record it wrote. */
async function signOffGroupIn(count: number) {
  const dataDir = await plant(count);
  let id = 0;
  const app = await openTrainplan({
    dataDir,
    seedsDir: SEEDS_DIR,
    mode: 'browser',
    version: 't',
    now: () => new Date('2026-11-22T10:00:00Z'),
    newId: () => `g-${String((id += 1))}`,
    // No checkpoint during the measurement: it is the same background copy a single tick triggers.
    checkpointBytes: 1024 * 1024 * 1024,
  });
  closeAfterTest(app);
  await app.backupsSettled();
  const ok = async <T>(name: Parameters<typeof app.dispatch>[0], input: unknown): Promise<T> => {
    const result = await app.dispatch(name, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  };
  const candidates = await ok<{ planId: string }[]>('signoff:candidates', { frameworkId: PLANT });
  const before = app.store.journalBytesWritten;
  const result = await ok<{ checkoffs: number; skipped: number }>('checkoffs:sign-off-group', {
    frameworkId: PLANT,
    statementIds: ['proficient.1', 'proficient.2', 'proficient.3'],
    planIds: candidates.map((c) => c.planId),
    checkoff: { achievedOn: '2026-11-20', assessor: 'Maria Keane', note: 'Toolbox talk and practical, bay 3' },
  });
  const bytes = app.store.journalBytesWritten - before;
  const records = join(dataDir, (await readdir(dataDir)).find((f) => f.startsWith('records-')) ?? '');
  const journal = (await readdir(records)).find((f) => f.startsWith('journal-')) ?? '';
  const written = decodeLines(await readFile(join(records, journal), 'utf8')).records as {
    docs?: unknown[];
    events?: { kind: string }[];
  }[];
  return { candidates: candidates.length, result, bytes, records: written };
}

describe('the cost of a group sign-off', () => {
  it('is one journal record of 600 events for 3 statements × 200 trainees, the same bytes among 200 or 2,000 trainees', async () => {
    const alone = await signOffGroupIn(GROUP);
    const among = await signOffGroupIn(10 * GROUP);
    for (const run of [alone, among]) {
      expect(run.candidates).toBe(GROUP);
      expect(run.result).toEqual({ changed: expect.any(Array) as unknown, checkoffs: 600, skipped: 0 });
      // One transaction: one record holding the 200 trainees' documents and their 600 events.
      expect(run.records).toHaveLength(1);
      expect(run.records[0]?.docs).toHaveLength(GROUP);
      expect(run.records[0]?.events?.filter((e) => e.kind === 'statement.checked')).toHaveLength(600);
      expect(run.records[0]?.events).toHaveLength(600);
    }
    expect(among.bytes).toBe(alone.bytes);
    // The 200 documents and 600 events, a few kilobytes per trainee.
    expect(alone.bytes).toBeLessThan(GROUP * 8_000);
  }, 120_000);
});
