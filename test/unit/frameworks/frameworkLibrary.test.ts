import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTrainplan } from '../../../src/main/services';
import { ApiError } from '../../../src/shared/api/errors';
import { newFrameworkText, SEEDS_DIR, seedText } from '../../fixtures/frameworkFiles';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();

async function library(dataDir?: string) {
  const dir = dataDir ?? (await tempDir());
  const app = await openTrainplan({
    dataDir: dir,
    seedsDir: SEEDS_DIR,
    mode: 'browser',
    version: 'test',
    now: () => new Date('2026-11-22T09:30:00Z'),
  });
  return { dir, frameworks: app.frameworks };
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('framework library', () => {
  it('lists the bundled seeds sorted by title, each with 40 statements', async () => {
    const { frameworks } = await library();
    expect(frameworks.list().map((f) => [f.soc, f.statementCount, f.origin])).toEqual([
      ['17-3024.00', 40, 'bundled'],
      ['43-9071.00', 40, 'bundled'],
      ['51-8099.00', 40, 'bundled'],
    ]);
  });

  it('gets one framework by id, and says plainly when it is not there', async () => {
    const { frameworks } = await library();
    expect(frameworks.get('43-9071.00@v.26.05').occupation.title).toBe('Office Machine Operators, Except Computer');
    expect(() => frameworks.get('00-0000.00@v1')).toThrow('That framework is not in the library');
  });

  it('imports a new framework, keeps it in the data folder, and finds it after reopening', async () => {
    const { dir, frameworks } = await library();
    const summary = await frameworks.import({ fileName: 'machinists.json', text: newFrameworkText() });
    expect(summary).toMatchObject({
      id: '51-4041.00@v.26.05',
      title: 'Machinists',
      origin: 'imported',
      fileName: 'machinists.json',
      importedAt: '2026-11-22T09:30:00.000Z',
      statementCount: 40,
    });
    const reopened = await library(dir);
    expect(reopened.frameworks.list().map((f) => f.title)).toContain('Machinists');
    expect(reopened.frameworks.get('51-4041.00@v.26.05').levels[2]?.statements).toHaveLength(10);
  });

  it('reports the same SOC and version again as already in the library, bundled or imported', async () => {
    const { frameworks } = await library();
    await frameworks.import({ fileName: 'machinists.json', text: newFrameworkText() });
    const again = await rejection(frameworks.import({ fileName: 'copy.json', text: newFrameworkText() }));
    expect(again.code).toBe('already_exists');
    expect(again.message).toBe('Machinists (SOC 51-4041.00) is already in your library — nothing was imported.');
    const seed = await rejection(frameworks.import({ fileName: 'plant.json', text: seedText('51-8099.00') }));
    expect(seed.message).toMatch(
      /^.+ \(SOC 51-8099\.00\) is already in your library \(it ships with Trainplan\) — nothing was imported\.$/,
    );
    expect(frameworks.list()).toHaveLength(4);
  });

  it('adds a new version of a SOC beside the old one', async () => {
    const { frameworks } = await library();
    await frameworks.import({
      fileName: 'plant-v27.json',
      text: newFrameworkText({ soc: '51-8099.00', title: 'Plant and System Operators, All Other', version: 'v.27.01' }),
    });
    const plant = frameworks.list().filter((f) => f.soc === '51-8099.00');
    expect(plant.map((f) => [f.version, f.origin])).toEqual([
      ['v.26.05', 'bundled'],
      ['v.27.01', 'imported'],
    ]);
  });

  it('rejects a malformed file without touching the data file', async () => {
    const { dir, frameworks } = await library();
    await frameworks.import({ fileName: 'machinists.json', text: newFrameworkText() });
    const before = await readFile(join(dir, 'trainplan.json'), 'utf8');
    const error = await rejection(frameworks.import({ fileName: 'bad.json', text: '{"schemaVersion":"1.0"}' }));
    expect(error.code).toBe('invalid_framework');
    expect(error.fields.map((f) => f.message)).toContain('Occupation: is missing');
    expect(await readFile(join(dir, 'trainplan.json'), 'utf8')).toBe(before);
  });

  it('removes an imported framework but never a bundled one', async () => {
    const { dir, frameworks } = await library();
    await frameworks.import({ fileName: 'machinists.json', text: newFrameworkText() });
    expect(await frameworks.remove('51-4041.00@v.26.05')).toEqual({ removed: '51-4041.00@v.26.05' });
    expect(frameworks.list()).toHaveLength(3);
    expect((await library(dir)).frameworks.list()).toHaveLength(3);
    const bundled = await rejection(frameworks.remove('51-8099.00@v.26.05'));
    expect(bundled.message).toBe('Plant and System Operators, All Other ships with Trainplan and cannot be removed.');
    expect((await rejection(frameworks.remove('51-4041.00@v.26.05'))).code).toBe('not_found');
  });
});
