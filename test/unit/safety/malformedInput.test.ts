import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFileError } from '../../../src/main/store/dataFileError';
import { openStore } from '../../../src/main/store/store';
import { ApiError } from '../../../src/shared/api/errors';
import { openTestApp, TRAINEE } from '../support/testApp';
import { recordsState } from '../support/folderState';
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
      const { call, fail, app } = await openTestApp(dir);
      await call('trainees:create', TRAINEE);
      await app.backupsSettled();
      const before = await recordsState(dir);
      for (const { name, bytes } of corpus) {
        const started = performance.now();
        const text = new TextDecoder().decode(bytes);
        const error = await fail('frameworks:import', { fileName: `${name}.json`, text });
        expect(performance.now() - started, name).toBeLessThan(5000);
        // A document that parses to a bundled framework (duplicate keys: the last wins) is reported as already there.
        expect(['invalid_framework', 'invalid_input', 'already_exists'], name).toContain(error.code);
        // Each message names the file, or the framework it turned out to be.
        expect(error.message, name).toMatch(/“.*\.json”|framework|\(SOC [\d.-]+\) is already in your library/);
        expect(await recordsState(dir), name).toEqual(before);
      }
      expect(await call('frameworks:list', {})).toHaveLength(3);
    },
  );

  it(
    'refuses each one as the data folder’s manifest and as its index, naming the file, never changing it, within 5 s',
    { timeout: 240_000 },
    async () => {
      const base = await tempDir();
      const app = await openTestApp(base);
      await app.call('trainees:create', TRAINEE);
      await app.app.close();
      const records = (await readdir(base)).find((n) => n.startsWith('records-')) ?? '';
      for (const target of ['trainplan.json', join(records, 'index.json')]) {
        for (const { name, bytes } of corpus) {
          const dir = await tempDir();
          await cp(base, dir, { recursive: true });
          const file = join(dir, target);
          await writeFile(file, bytes);
          const before = await recordsState(dir);
          const started = performance.now();
          const error = await openStore({ dataDir: dir }).catch((e: unknown) => e);
          expect(performance.now() - started, name).toBeLessThan(5000);
          expect(error, `${target}: ${name}`).toBeInstanceOf(DataFileError);
          expect((error as DataFileError).message, name).toContain(file);
          // Compared file by file: a deep-equality diff of a 50 MB buffer would take the test runner minutes.
          expect((await recordsState(dir)).size, name).toBe(before.size);
          expect((await readFile(file)).equals(bytes), name).toBe(true);
        }
      }
    },
  );

  it(
    'reports each one as a trainee’s records or history file and as a backup, keeping everything else working',
    { timeout: 240_000 },
    async () => {
      const dir = await tempDir();
      const setup = await openTestApp(dir);
      const t = await setup.call('trainees:create', TRAINEE);
      const other = await setup.call('trainees:create', { ...TRAINEE, fullName: 'Дмитрий Иванов', employeeId: 'B-2' });
      await setup.app.store.checkpoint();
      await setup.app.close();
      const records = (await readdir(dir)).find((n) => n.startsWith('records-')) ?? '';
      const docFile = join(dir, records, 'trainees', `${t.id}.json`);
      const historyFile = join(dir, records, 'history', `${t.id}.jsonl`);
      const backupFile = join(dir, 'backups', 'trainplan-20261122-235959.jsonl');
      const good = { doc: await readFile(docFile), history: await readFile(historyFile) };
      // Each case is read cold, by a freshly opened app, as after a restart.
      const fresh = async () => {
        const opened = await openTestApp(dir);
        await opened.app.backupsSettled();
        return opened;
      };
      for (const { name, bytes } of corpus) {
        await writeFile(docFile, bytes);
        const first = await fresh();
        const error = await first.fail('trainees:get', { id: t.id });
        expect(error.code, name).toBe('storage_failed');
        expect(error.message, name).toMatch(/records file cannot be used: .* Restore a backup from Settings/);
        expect((await first.call('trainees:get', { id: other.id })).trainee.fullName, name).toBe('Дмитрий Иванов');
        await first.app.close();
        expect((await readFile(docFile)).equals(bytes), name).toBe(true);
        await writeFile(docFile, good.doc);

        await writeFile(historyFile, bytes);
        const second = await fresh();
        // The trainee page reads the history a page at a time, apart from the trainee's records.
        const result = await second.app.dispatch('history:query', { traineeId: t.id, limit: 50 });
        // Only what could be the remains of a torn write (nothing, or the start of a record) is passed over.
        if (result.ok) expect(new TextDecoder().decode(bytes).trim(), name).toMatch(/^(\{"crc":"?.*)?$/s);
        else expect(result.error.code, name).toBe('storage_failed');
        await second.app.close();
        expect((await readFile(historyFile)).equals(bytes), name).toBe(true);
        await writeFile(historyFile, good.history);

        await writeFile(backupFile, bytes);
        const third = await fresh();
        const before = await recordsState(dir);
        expect((await third.fail('backups:restore', { fileName: 'trainplan-20261122-235959.jsonl' })).code, name).toBe(
          'invalid_input',
        );
        expect(await recordsState(dir), name).toEqual(before);
        await third.app.close();
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
