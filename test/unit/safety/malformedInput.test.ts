import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFileError } from '../../../src/main/store/dataFileError';
import { openStore } from '../../../src/main/store/store';
import { ApiError } from '../../../src/shared/api/errors';
import { openTestApp, TRAINEE } from '../support/testApp';
import { useTempDirs } from '../support/tempDir';
import { malformedCorpus } from './malformedCorpus';

const tempDir = useTempDirs();
const corpus = malformedCorpus();

describe('malformed JSON corpus', () => {
  it('has at least 100 cases', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(100);
  });

  it(
    'refuses each one as a framework import with a clear error, within 5 s, keeping the library and the data file as they were',
    { timeout: 120_000 },
    async () => {
      const dir = await tempDir();
      const { call, fail } = await openTestApp(dir);
      await call('trainees:create', TRAINEE);
      const file = join(dir, 'trainplan.json');
      const before = await readFile(file);
      for (const { name, bytes } of corpus) {
        const started = performance.now();
        const text = new TextDecoder().decode(bytes);
        const error = await fail('frameworks:import', { fileName: `${name}.json`, text });
        expect(performance.now() - started, name).toBeLessThan(5000);
        // A document that parses to a bundled framework (duplicate keys: the last wins) is reported as already there.
        expect(['invalid_framework', 'invalid_input', 'already_exists'], name).toContain(error.code);
        expect(error.message, name).toMatch(/“.*\.json”|framework/);
        expect((await readFile(file)).equals(before), name).toBe(true);
      }
      expect(await call('frameworks:list', {})).toHaveLength(3);
    },
  );

  it(
    'refuses each one as the data file, naming it, never overwriting it, within 5 s',
    { timeout: 180_000 },
    async () => {
      for (const { name, bytes } of corpus) {
        const dir = await tempDir();
        const file = join(dir, 'trainplan.json');
        await writeFile(file, bytes);
        const started = performance.now();
        const error = await openStore({ dataDir: dir }).catch((e: unknown) => e);
        expect(performance.now() - started, name).toBeLessThan(5000);
        expect(error, name).toBeInstanceOf(DataFileError);
        expect((error as DataFileError).message, name).toContain(file);
        // Compared as bytes: a deep-equality diff of a 50 MB buffer would take the test runner minutes.
        expect((await readFile(file)).equals(bytes), name).toBe(true);
      }
    },
  );

  it('keeps ApiError as the only kind of failure an import can report', async () => {
    const { app } = await openTestApp(await tempDir());
    for (const { name, bytes } of corpus.slice(0, 20)) {
      const result = await app.dispatch('frameworks:import', {
        fileName: `${name}.json`,
        text: new TextDecoder().decode(bytes),
      });
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(ApiError.fromFailure(result.error).code).not.toBe('internal');
    }
  });
});
