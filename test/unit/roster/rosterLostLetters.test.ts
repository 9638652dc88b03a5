import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { openTestApp, TRAINEE } from '../support/testApp';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();

/** HR's second roster as Excel saves it in Windows-1252: Polish letters already "?", German ones kept. */
const EXCEL_1252 = {
  fileName: 'apprentices-1252.csv',
  bytes: new Uint8Array(
    iconv.encode(
      [
        'Name;Badge;Team',
        '?ukasz Kowalczyk;P-1;Presse 2',
        'Pawe? Nowak;P-2;Presse 1',
        'Bart?omiej D?browski;P-3;Presse 1',
        'Jürgen Müller;P-4;Presse 1',
      ].join('\r\n'),
      'windows-1252',
    ),
  ),
};

async function plantWithPolishNames() {
  const t = await openTestApp(await tempDir());
  await t.app.backupsSettled();
  const add = (fullName: string, employeeId: string) =>
    t.call('trainees:create', { ...TRAINEE, fullName, employeeId, team: 'Presse 1' });
  const lukasz = await add('Łukasz Kowalczyk', 'P-1');
  await add('Paweł Nowak', 'P-2');
  await add('Bartłomiej Dąbrowski', 'P-3');
  await add('Jurgen Muller', 'P-4');
  return { ...t, lukasz };
}

const listed = async (call: Awaited<ReturnType<typeof plantWithPolishNames>>['call']) =>
  (await call('trainees:list', {})).map((r) => `${r.fullName}|${r.team}`).sort();

describe('a roster whose names lost letters', () => {
  it('previews each change old → new and keeps the recorded spelling where the file lost letters', async () => {
    const { call } = await plantWithPolishNames();
    const p = await call('roster:preview', EXCEL_1252);
    expect(p.lostLetters.map((l) => [l.row, l.stored, l.fromFile, l.accepted])).toEqual([
      [2, 'Łukasz Kowalczyk', '?ukasz Kowalczyk', false],
      [3, 'Paweł Nowak', 'Pawe? Nowak', false],
      [4, 'Bartłomiej Dąbrowski', 'Bart?omiej D?browski', false],
    ]);
    expect(p.lostLetterCount).toBe(3);
    // Łukasz moves team: that change goes through, his name does not.
    expect(p.rows[0]).toMatchObject({
      action: 'update',
      fullName: 'Łukasz Kowalczyk',
      changes: [{ field: 'team', before: 'Presse 1', after: 'Presse 2' }],
    });
    expect(p.rows[1]).toMatchObject({ action: 'skip', fullName: 'Paweł Nowak', changes: [] });
    // Adding accents is a correction, shown old → new and applied.
    expect(p.rows[3]).toMatchObject({
      action: 'update',
      changes: [{ field: 'fullName', before: 'Jurgen Muller', after: 'Jürgen Müller' }],
    });
    expect(p.counts).toMatchObject({ update: 2, skip: 2 });
  });

  it('imports without overwriting a name with "?" unless the trainer accepts the file’s spelling', async () => {
    const { call, lukasz } = await plantWithPolishNames();
    const result = await call('roster:import', { ...EXCEL_1252, existing: 'update' });
    expect(result).toMatchObject({ updated: 2, skipped: 2, spellingsKept: 3 });
    expect(await listed(call)).toEqual([
      'Bartłomiej Dąbrowski|Presse 1',
      'Jürgen Müller|Presse 1',
      'Paweł Nowak|Presse 1',
      'Łukasz Kowalczyk|Presse 2',
    ]);
    const accepted = await call('roster:import', { ...EXCEL_1252, existing: 'update', acceptFileSpelling: [2] });
    expect(accepted).toMatchObject({ updated: 1, spellingsKept: 2 });
    expect((await call('trainees:get', { id: lukasz.id })).trainee.fullName).toBe('?ukasz Kowalczyk');
  });

  it('takes every spelling of the file when the trainer accepts them all', async () => {
    const { call } = await plantWithPolishNames();
    const p = await call('roster:preview', { ...EXCEL_1252, acceptFileSpelling: 'all' });
    expect(p.lostLetters.every((l) => l.accepted)).toBe(true);
    expect(p.rows[1]).toMatchObject({
      action: 'update',
      fullName: 'Pawe? Nowak',
      changes: [{ field: 'fullName', before: 'Paweł Nowak', after: 'Pawe? Nowak' }],
    });
  });
});
