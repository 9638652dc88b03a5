import { describe, expect, it } from 'vitest';
import { openTestApp, TRAINEE } from '../support/testApp';
import { recordsState } from '../support/folderState';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();

describe('export and import of the whole data set', () => {
  it('exports everything and imports it elsewhere, replacing (never merging) after a backup', async () => {
    const source = await openTestApp(await tempDir());
    await source.call('trainees:create', TRAINEE);
    const exported = await source.call('data:export', {});
    expect(exported.fileName).toBe('Trainplan data - 2026-11-22.jsonl');
    expect(exported.summary).toMatchObject({ trainees: 1 });

    const target = await openTestApp(await tempDir());
    await target.call('trainees:create', { ...TRAINEE, fullName: 'José Núñez', employeeId: 'B-9' });
    const check = await target.call('data:check-import', { fileName: exported.fileName, text: exported.text });
    expect(check).toMatchObject({ incoming: { trainees: 1 }, current: { trainees: 1 } });
    expect((await target.call('trainees:list', {})).map((t) => t.fullName)).toEqual(['José Núñez']);

    const result = await target.call('data:import', { fileName: exported.fileName, text: exported.text });
    expect(result.backupOfCurrent).toMatch(/^trainplan-\d{8}-\d{6}/);
    expect((await target.call('trainees:list', {})).map((t) => t.fullName)).toEqual([TRAINEE.fullName]);
    const backups = await target.call('backups:list', {});
    expect(backups.some((b) => b.fileName === result.backupOfCurrent && b.traineeCount === 1)).toBe(true);
  });

  it('imports an export made by the one-file versions of Trainplan (data format 2)', async () => {
    const { call } = await openTestApp(await tempDir());
    const v2 = JSON.stringify({
      schemaVersion: 2,
      settings: { organisationName: 'Acme', trainerName: 'Maria', paperSize: 'A4' },
      frameworks: [],
      trainees: [
        {
          id: 't-1',
          ...TRAINEE,
          archived: false,
          createdAt: '2026-09-01T08:00:00Z',
          updatedAt: '2026-09-01T08:00:00Z',
        },
      ],
      plans: [],
      events: [],
    });
    expect((await call('data:check-import', { fileName: 'old.json', text: v2 })).incoming).toMatchObject({
      trainees: 1,
    });
    await call('data:import', { fileName: 'old.json', text: v2 });
    expect((await call('trainees:list', {})).map((t) => t.fullName)).toEqual([TRAINEE.fullName]);
    expect((await call('settings:get', {})).organisationName).toBe('Acme');
  });

  it('refuses an export that was cut short, changing nothing', async () => {
    const source = await openTestApp(await tempDir());
    await source.call('trainees:create', TRAINEE);
    const { text } = await source.call('data:export', {});
    const dir = await tempDir();
    const { fail } = await openTestApp(dir);
    const before = await recordsState(dir);
    const cut = text.slice(0, text.lastIndexOf('{"end"'));
    expect((await fail('data:import', { fileName: 'cut.jsonl', text: cut })).message).toMatch(/incomplete/);
    expect(await recordsState(dir)).toEqual(before);
  });

  it('refuses a file that is not a Trainplan export, changing nothing', async () => {
    const dir = await tempDir();
    const { call, fail } = await openTestApp(dir);
    await call('trainees:create', TRAINEE);
    const before = await recordsState(dir);
    const error = await fail('data:import', {
      fileName: 'frameworks.json',
      text: '{"schemaVersion":"1.0","occupation":{}}',
    });
    expect(error.message).toBe(
      '“frameworks.json” is not a Trainplan data export: It has no valid schemaVersion. Nothing was changed.',
    );
    expect((await fail('data:check-import', { fileName: 'x.json', text: 'not json' })).code).toBe('invalid_input');
    expect(await recordsState(dir)).toEqual(before);
  });

  it('reads an export whose first line another tool re-wrote (spaces, key order, CRLF)', async () => {
    const source = await openTestApp(await tempDir());
    await source.call('trainees:create', TRAINEE);
    const { text } = await source.call('data:export', {});
    const [header = '', ...rest] = text.split('\n');
    const { format, ...others } = JSON.parse(header) as Record<string, unknown>;
    const rewritten = [JSON.stringify({ ...others, format }, null, 1).replace(/\n\s*/g, ' '), ...rest].join('\r\n');
    const { call } = await openTestApp(await tempDir());
    expect((await call('data:check-import', { fileName: 'x.jsonl', text: rewritten })).incoming.trainees).toBe(1);
  });

  it('says in words when the first line names another format or none', async () => {
    const source = await openTestApp(await tempDir());
    await source.call('trainees:create', TRAINEE);
    const { text } = await source.call('data:export', {});
    const { fail } = await openTestApp(await tempDir());
    const otherFormat = text.replace('"format":"trainplan-data"', '"format": "timesheet-export"');
    expect((await fail('data:check-import', { fileName: 'x.jsonl', text: otherFormat })).message).toBe(
      '“x.jsonl” is not a Trainplan data export: Its first line says it is a “timesheet-export” file; a Trainplan data export says “trainplan-data” there. Choose a file made by “Export all data…”. Nothing was changed.',
    );
    const noFormat = text.replace('"format":"trainplan-data",', '');
    expect((await fail('data:import', { fileName: 'y.jsonl', text: noFormat })).message).toBe(
      '“y.jsonl” is not a Trainplan data export: Its first line does not say what file it is (a Trainplan data export starts with a line naming the format “trainplan-data”). Choose a file made by “Export all data…”. Nothing was changed.',
    );
  });
});
