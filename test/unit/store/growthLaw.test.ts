import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realFs, type WriteFs } from '../../../src/main/store/durableWrite';
import { openTrainplan } from '../../../src/main/services';
import { buildDataset, datasetPlanId } from '../../fixtures/recordsDataset';
import { SEEDS_DIR } from '../../fixtures/frameworkFiles';
import { closeAfterTest, useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();

/** A disk that counts what is written to it, and where. */
function countingDisk() {
  const written = new Map<string, number>();
  const fs: WriteFs = {
    ...realFs,
    open: async (...args: Parameters<WriteFs['open']>) => {
      const handle = await realFs.open(...args);
      const path = String(args[0]);
      const count = (bytes: number) => written.set(path, (written.get(path) ?? 0) + bytes);
      return new Proxy(handle, {
        get(target, prop) {
          const value: unknown = Reflect.get(target, prop);
          if (typeof value !== 'function') return value;
          return (...callArgs: unknown[]) => {
            if (prop === 'write') count(Number(callArgs[2]));
            if (prop === 'writeFile') count(Buffer.byteLength(String(callArgs[0])));
            return (value as (...a: unknown[]) => unknown).apply(target, callArgs);
          };
        },
      });
    },
  };
  return { fs, written };
}

/** What one check-off, one edit and one new trainee write, in a data folder of `count` trainees. */
async function bytesPerChange(count: number) {
  const dataDir = await tempDir();
  await buildDataset(dataDir, count);
  const disk = countingDisk();
  const app = await openTrainplan({ dataDir, seedsDir: SEEDS_DIR, mode: 'browser', version: 't', fs: disk.fs });
  closeAfterTest(app);
  await app.backupsSettled();
  const measure = async (call: () => Promise<unknown>) => {
    disk.written.clear();
    await call();
    return Object.fromEntries(
      [...disk.written].map(([path, bytes]) => [relative(dataDir, path).replace(/^records-[^/]+/, 'records-…'), bytes]),
    );
  };
  const ok = async (name: Parameters<typeof app.dispatch>[0], input: unknown) => {
    const result = await app.dispatch(name, input);
    if (!result.ok) throw new Error(result.error.message);
  };
  return {
    tick: await measure(() =>
      ok('checkoffs:set', {
        planId: datasetPlanId(50),
        changes: [{ statementId: 'advanced.1', checkoff: { achievedOn: '2026-11-20', assessor: 'Dev', note: 'Seen' } }],
      }),
    ),
    edit: await measure(() =>
      ok('trainees:update', {
        id: 't-00050',
        fullName: 'Renamed Person',
        employeeId: 'B-10050',
        team: 'Line 1',
        site: 'Leeds',
        trainer: '',
        startDate: '',
        notes: '',
      }),
    ),
    create: await measure(() =>
      ok('trainees:create', {
        fullName: 'New Starter',
        employeeId: '',
        team: 'Line 2',
        site: 'Leeds',
        trainer: '',
        startDate: '',
        notes: '',
      }),
    ),
  };
}

describe('the cost of a change does not grow with the records', () => {
  it('writes the same bytes, to the journal only, for a tick, an edit and a new trainee at 100 and at 10,000 trainees', async () => {
    const small = await bytesPerChange(100);
    const large = await bytesPerChange(10_000);
    expect(large).toEqual(small);
    for (const change of [small.tick, small.edit, small.create]) {
      expect(Object.keys(change)).toEqual([expect.stringMatching(/^records-…\/journal-\d+\.jsonl$/)]);
      // One trainee's document and the event: a few kilobytes, whatever the size of the plant.
      expect(Object.values(change)[0]).toBeLessThan(8_000);
    }
  }, 120_000);
});
