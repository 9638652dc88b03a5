import { describe, expect, it } from 'vitest';
import { recordsState } from '../support/folderState';
import { openTestApp, TRAINEE } from '../support/testApp';
import { startTestBridge } from '../support/testBridge';
import { useTempDirs } from '../support/tempDir';
import { newFrameworkText } from '../../fixtures/frameworkFiles';

const tempDir = useTempDirs();

/** What a trainer picks by mistake: a picture, a PDF, a note, nothing. */
const NOT_JSON = {
  'a file starting with a bell character': '\u0007\u0000\u0001binary',
  'a PDF': '%PDF-1.7\n%âãÏÓ\n1 0 obj',
  'a note': 'occupation: welders',
};

describe('a file given to the wrong importer says what it is and where it goes', () => {
  it('framework import: a file that is not JSON is "not a Trainplan framework file", not a parser error', async () => {
    const dir = await tempDir();
    const { call } = await startTestBridge(dir, `${dir}-renderer`);
    const before = await recordsState(dir);
    for (const [what, text] of Object.entries(NOT_JSON)) {
      const answer = await call('frameworks:import', { fileName: 'photo.png', text });
      expect(answer.ok, what).toBe(false);
      expect(answer.error?.message, what).toBe('“photo.png”: This is not a Trainplan framework file (it is not JSON).');
    }
    expect(await recordsState(dir)).toEqual(before);
  });

  it('framework import: a Trainplan data file (export, backup or one-file data) says where to import it', async () => {
    const dir = await tempDir();
    const { call, fail } = await openTestApp(dir);
    await call('trainees:create', TRAINEE);
    const exported = await call('data:export', {});
    const oneFile = JSON.stringify({ schemaVersion: 2, settings: {}, trainees: [], plans: [], events: [] });
    const before = await recordsState(dir);
    for (const text of [exported.text, oneFile]) {
      const error = await fail('frameworks:import', { fileName: 'Trainplan data.jsonl', text });
      expect(error.message).toBe(
        '“Trainplan data.jsonl”: This is a Trainplan data file (a backup or an export of all records), not a framework — import it in Settings, under “Export and import all data”.',
      );
    }
    expect(await recordsState(dir)).toEqual(before);
  });

  it('data import: a framework file says to import it on the Frameworks page, through the bridge too', async () => {
    const dir = await tempDir();
    const { call } = await startTestBridge(dir, `${dir}-renderer`);
    const before = await recordsState(dir);
    for (const name of ['data:check-import', 'data:import']) {
      const answer = await call(name, { fileName: 'machinists.json', text: newFrameworkText() });
      expect(answer.error?.message, name).toBe(
        '“machinists.json”: This looks like a framework file — import it on the Frameworks page. Nothing was changed.',
      );
    }
    expect(await recordsState(dir)).toEqual(before);
  });

  it('data import: not JSON, binary or empty files get a plain sentence and change nothing', async () => {
    const dir = await tempDir();
    const { call } = await startTestBridge(dir, `${dir}-renderer`);
    await call('trainees:create', TRAINEE);
    const before = await recordsState(dir);
    for (const [what, text] of Object.entries(NOT_JSON)) {
      const answer = await call('data:import', { fileName: 'records.jsonl', text });
      expect(answer.error?.message, what).toBe(
        '“records.jsonl”: This is not a Trainplan data file (it is not JSON): choose a file made by “Export all data…”. Nothing was changed.',
      );
    }
    for (const text of ['', '  \n']) {
      const answer = await call('data:check-import', { fileName: 'records.jsonl', text });
      expect(answer.error?.message).toBe('“records.jsonl”: The file is empty. Nothing was changed.');
    }
    expect(await recordsState(dir)).toEqual(before);
    const list = await call('trainees:list', {});
    expect(list.value).toHaveLength(1);
  });

  it('data import: a damaged data file still gets the detail of what is wrong with it', async () => {
    const { call, fail } = await openTestApp(await tempDir());
    const exported = await call('data:export', {});
    const cut = exported.text.slice(0, exported.text.lastIndexOf('{"end"'));
    expect((await fail('data:import', { fileName: 'cut.jsonl', text: cut })).message).toMatch(
      /^“cut\.jsonl” is not a Trainplan data export: It is incomplete/,
    );
  });
});
