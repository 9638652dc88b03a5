import { describe, expect, it } from 'vitest';
import { codeFor } from '../../../../src/main/frameworks/sources/buildFrameworkFile';
import { recordsState } from '../../support/folderState';
import { useTempDirs } from '../../support/tempDir';
import { openTestApp } from '../../support/testApp';
import { pressDraft } from './draftFixtures';

const tempDir = useTempDirs();

describe('creating a framework in the editor', () => {
  it('stores the statements as "Topic — performance", marked as made in Trainplan, with its source lines', async () => {
    const { call } = await openTestApp(await tempDir());
    const summary = await call('frameworks:create', pressDraft());
    expect(summary).toMatchObject({
      title: 'Press Brake Operation',
      version: '1',
      statementCount: 5,
      origin: 'own',
      fileName: null,
      code: null,
    });
    // No code typed: a made-up stable one keeps its versions together, but it is never shown as a SOC code.
    expect(summary.soc).toMatch(/^00-\d{4}\.\d{2}$/);
    const stored = await call('frameworks:get', { id: summary.id });
    expect(stored.levels.map((l) => l.statements.map((s) => s.text))).toEqual([
      [
        'Safety — keeps hands clear of the tool area and uses the foot pedal only when ready',
        'names the parts of the press brake',
      ],
      ['Set-up — fits the punch and die for a known job with help'],
      ['Bending — bends a part to drawing within tolerance on the first try'],
      ['Programming — writes a bend sequence for a new part'],
    ]);
    expect(stored.occupation.group).toBe('Made in Trainplan');
    expect(stored.sources).toEqual({ source: 'Hall B training team', licence: 'For internal use' });
    expect(stored.description).toBe('Bending sheet metal on the hydraulic press brakes in hall B.');
    expect((await call('frameworks:list', {})).map((f) => f.id)).toContain(summary.id);
  });

  it('keeps a typed code that is not a SOC code to show, and uses a SOC code as the code', async () => {
    const { call } = await openTestApp(await tempDir());
    const own = await call('frameworks:create', pressDraft({ code: 'PB-101' }));
    expect(own.code).toBe('PB-101');
    expect(own.soc).toMatch(/^00-/);
    expect((await call('frameworks:get', { id: own.id })).occupation.code).toBe('PB-101');
    const soc = await call('frameworks:create', pressDraft({ title: 'Press operators', code: '51-4031.00' }));
    expect(soc).toMatchObject({ id: '51-4031.00@1', soc: '51-4031.00', code: '51-4031.00' });
  });

  it('refuses a version label already in the library for that framework, beside the version field', async () => {
    const dir = await tempDir();
    const { call, fail } = await openTestApp(dir);
    await call('frameworks:create', pressDraft());
    const before = await recordsState(dir);
    const error = await fail(
      'frameworks:create',
      pressDraft({ levels: { ...pressDraft().levels, advanced: [{ topic: '', performance: 'teaches others' }] } }),
    );
    expect(error.code).toBe('already_exists');
    expect(error.fields).toEqual([{ path: 'version', message: expect.stringContaining('version “1”') as string }]);
    expect(await recordsState(dir)).toEqual(before);
  });
});

describe('a new version of a framework', () => {
  it('keeps the code of the one it is based on, even under a new title, and leaves the original as it was', async () => {
    const dir = await tempDir();
    const { call } = await openTestApp(dir);
    const first = await call('frameworks:create', pressDraft({ code: 'PB-101' }));
    const original = await call('frameworks:get', { id: first.id });
    const draft = pressDraft({ title: 'Press Brake Operation (CNC)', version: '2', basedOn: first.id });
    draft.levels.emerging[1] = { topic: '', performance: 'names every part of the press brake' };
    draft.levels.developing.push({ topic: 'Set-up', performance: 'checks the back gauge before the first bend' });
    const second = await call('frameworks:create', draft);
    expect(second).toMatchObject({ soc: first.soc, code: 'PB-101', version: '2', statementCount: 6 });
    expect(second.id).toBe(`${first.soc}@2`);
    expect(await call('frameworks:get', { id: first.id })).toEqual(original);
    const versions = (await call('frameworks:list', {})).filter((f) => f.soc === first.soc).map((f) => f.version);
    expect(versions.sort()).toEqual(['1', '2']);
  });

  it('of a bundled framework keeps its SOC code, occupation and O*NET attribution', async () => {
    const { call } = await openTestApp(await tempDir());
    const listed = (await call('frameworks:list', {})).find((f) => f.soc === '51-8099.00');
    if (!listed) throw new Error('the bundled framework is missing');
    const bundled = await call('frameworks:get', { id: listed.id });
    const draft = pressDraft({
      title: bundled.occupation.title,
      version: 'v.26.06',
      basedOn: bundled.id,
      source: '',
      licence: '',
    });
    const summary = await call('frameworks:create', draft);
    const stored = await call('frameworks:get', { id: summary.id });
    expect(stored.occupation).toEqual(bundled.occupation);
    expect(stored.sources).toEqual(bundled.sources);
    expect(stored.attribution).toBe(bundled.attribution);
    expect(stored.origin).toBe('own');
  });

  it('refuses a label that version already uses, and there is no call that replaces a stored framework', async () => {
    const dir = await tempDir();
    const { call, fail, app } = await openTestApp(dir);
    const first = await call('frameworks:create', pressDraft());
    const before = await recordsState(dir);
    const changed = pressDraft({ basedOn: first.id, version: '1' });
    changed.levels.emerging[0] = { topic: 'Safety', performance: 'something else entirely' };
    const error = await fail('frameworks:create', changed);
    expect(error.fields[0]?.message).toBe(
      'Version “1” of this framework is already in the library. Give the new version another label.',
    );
    // The stored file with one statement changed, imported under the same id: refused as well.
    const file = JSON.parse(
      new TextDecoder().decode((await call('frameworks:export', { frameworkId: first.id, format: 'json' })).bytes),
    ) as {
      framework: { levels: { emerging: { statements: string[] } } };
    };
    file.framework.levels.emerging.statements[0] = 'Safety — something else entirely';
    const imported = await fail('frameworks:import', { fileName: 'changed.json', text: JSON.stringify(file) });
    expect(imported.code).toBe('already_exists');
    expect(imported.message).toContain('different content under the same version');
    // Unknown fields (an id to overwrite, say) are not accepted by the create call at all.
    const withId = await fail('frameworks:create', { ...pressDraft({ version: '9' }), id: first.id });
    expect(withId.message).toContain('does not know the field “id”');
    expect(await recordsState(dir)).toEqual(before);
    expect(app.frameworks.fileOf(first.id).framework.levels.emerging?.statements[0]).toMatch(/^Safety — keeps hands/);
  });
});

describe('two different frameworks whose made-up codes would be the same', () => {
  it('keep apart: the second takes the next free code instead of becoming a version of the first', async () => {
    // Six digits of a hash: these two titles give the same one.
    expect(codeFor({ title: 'Welder 1839' })).toBe(codeFor({ title: 'Welder 4050' }));
    const { call } = await openTestApp(await tempDir());
    const first = await call('frameworks:create', pressDraft({ title: 'Welder 1839' }));
    const second = await call('frameworks:create', pressDraft({ title: 'Welder 4050', version: '2' }));
    expect(second.soc).not.toBe(first.soc);
    expect(second.soc).toMatch(/^00-\d{4}\.\d{2}$/);
    // The same framework written again still finds its own code.
    const again = await call('frameworks:create', pressDraft({ title: 'Welder 4050', version: '3' }));
    expect(again.soc).toBe(second.soc);
    const older = await call('plans:older-versions', { id: second.id });
    expect(older).toEqual([]);
  });
});

describe('the library lists versions', () => {
  it('in order with numbers read as numbers: 2 before 10', async () => {
    const { call } = await openTestApp(await tempDir());
    for (const version of ['10', '2', '1', '9']) await call('frameworks:create', pressDraft({ version }));
    const listed = (await call('frameworks:list', {})).filter((f) => f.title === 'Press Brake Operation');
    expect(listed.map((f) => f.version)).toEqual(['1', '2', '9', '10']);
  });
});

describe('a removed version', () => {
  it('keeps its label with its statements: it comes back only as it was, even after Trainplan restarts', async () => {
    const dir = await tempDir();
    const first = await openTestApp(dir);
    const v1 = await first.call('frameworks:create', pressDraft());
    await first.call('frameworks:remove', { id: v1.id });
    expect((await first.call('frameworks:list', {})).map((f) => f.id)).not.toContain(v1.id);
    await first.app.close();

    const { call, fail } = await openTestApp(dir);
    const other = pressDraft();
    other.levels.emerging = [{ topic: 'Safety', performance: 'stops the press when anyone is near the tool' }];
    const refused = await fail('frameworks:create', other);
    expect(refused.message).toBe(
      "Version 1 of Press Brake Operation was in your library before and was removed; plans' history may name it, so it can come back only with the same statements. Give this one another version label.",
    );
    // The same statements may come back; a new label is always free.
    const back = await call('frameworks:create', pressDraft());
    expect(back.id).toBe(v1.id);
    expect((await call('frameworks:create', { ...other, version: '2' })).version).toBe('2');
  });
});
