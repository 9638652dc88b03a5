import ExcelJS from 'exceljs';
import { exportFileName } from '../../../../src/main/frameworks/export/exportFramework';
import { describe, expect, it } from 'vitest';
import { recordsState } from '../../support/folderState';
import { useTempDirs } from '../../support/tempDir';
import { openTestApp } from '../../support/testApp';
import { pressDraft } from './draftFixtures';

const tempDir = useTempDirs();

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

async function sheetRows(bytes: Uint8Array, name: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push([1, 2, 3].map((c) => row.getCell(c).text)));
  return rows;
}

describe('exporting a framework as our JSON format', () => {
  it('an own framework re-imports as already in the library, and into an empty data folder as the same one', async () => {
    const dir = await tempDir();
    const { call, fail } = await openTestApp(dir);
    const own = await call('frameworks:create', pressDraft({ code: 'PB-101' }));
    const file = await call('frameworks:export', { frameworkId: own.id, format: 'json' });
    expect(file.fileName).toBe('Press-Brake-Operation-v1.json');
    const before = await recordsState(dir);
    const again = await fail('frameworks:import', { fileName: file.fileName, text: text(file.bytes) });
    expect(again.message).toBe('Press Brake Operation (PB-101) is already in your library — nothing was imported.');
    expect(await recordsState(dir)).toEqual(before);

    const fresh = await openTestApp(await tempDir());
    const imported = await fresh.call('frameworks:import', { fileName: file.fileName, text: text(file.bytes) });
    expect(imported).toMatchObject({ id: own.id, code: 'PB-101', origin: 'imported' });
    const there = await fresh.call('frameworks:get', { id: own.id });
    const here = await call('frameworks:get', { id: own.id });
    expect({ ...there, origin: 'own' }).toEqual(here);
  });

  it('a bundled framework exports its seed, which is already in any library', async () => {
    const { call, fail } = await openTestApp(await tempDir());
    const bundled = (await call('frameworks:list', {})).find((f) => f.soc === '43-9071.00');
    if (!bundled) throw new Error('the bundled framework is missing');
    const file = await call('frameworks:export', { frameworkId: bundled.id, format: 'json' });
    const error = await fail('frameworks:import', { fileName: file.fileName, text: text(file.bytes) });
    expect(error.message).toMatch(/is already in your library \(it ships with Trainplan\) — nothing was imported/);
  });
});

describe('exporting a framework as a spreadsheet', () => {
  it('writes Level, Topic and Statement rows and an About sheet that the spreadsheet importer reads back', async () => {
    const { call } = await openTestApp(await tempDir());
    const own = await call('frameworks:create', pressDraft());
    const file = await call('frameworks:export', { frameworkId: own.id, format: 'xlsx' });
    expect(file.fileName).toBe('Press-Brake-Operation-v1.xlsx');
    const rows = await sheetRows(file.bytes, 'Framework');
    expect(rows.slice(0, 3)).toEqual([
      ['Level', 'Topic', 'Statement'],
      ['Emerging', 'Safety', 'keeps hands clear of the tool area and uses the foot pedal only when ready'],
      ['Emerging', '', 'names the parts of the press brake'],
    ]);
    expect(rows).toHaveLength(6);
    const about = await sheetRows(file.bytes, 'About');
    expect(about).toContainEqual(['Title', 'Press Brake Operation', '']);
    expect(about).toContainEqual(['Version', '1', '']);

    const preview = await call('frameworks:preview', { fileName: file.fileName, bytes: file.bytes });
    expect(preview.format).toBe('spreadsheet');
    expect(preview.leftOut).toEqual([]);
    const stored = await call('frameworks:get', { id: own.id });
    for (const level of stored.levels) {
      expect(preview.file.framework.levels[level.key]?.statements).toEqual(level.statements.map((s) => s.text));
    }
    // The same code and version: imported back it is recognised as this framework, not a second one.
    expect(preview.file.occupation.soc).toBe(own.soc);
    expect(preview.file.framework.version).toBe('1');
    expect(preview.file.sources).toEqual({ source: 'Hall B training team', licence: 'For internal use' });
  });

  it('keeps the trainer’s own code, and a renamed version still joins its framework, when imported back', async () => {
    const { call, fail } = await openTestApp(await tempDir());
    const first = await call('frameworks:create', pressDraft({ code: 'PB-101' }));
    const second = await call('frameworks:create', {
      ...pressDraft({ title: 'Press Brake Operation and Set-up', version: '2' }),
      basedOn: first.id,
    });
    const file = await call('frameworks:export', { frameworkId: second.id, format: 'xlsx' });
    const about = await sheetRows(file.bytes, 'About');
    expect(about).toContainEqual(['Code', 'PB-101', '']);
    expect(about).toContainEqual(['Trainplan code', first.soc, '']);
    const preview = await call('frameworks:preview', { fileName: file.fileName, bytes: file.bytes });
    expect(preview.file.occupation).toMatchObject({ soc: first.soc, code: 'PB-101' });
    // Version 2 is already there under that code: the workbook is recognised as it, not added as a stranger.
    const refused = await fail('frameworks:import-source', { fileName: file.fileName, bytes: file.bytes });
    expect(refused.message).toBe(
      'Press Brake Operation and Set-up (PB-101), version 2, is already in your library with the same statements — nothing was imported.',
    );
  });

  it('a bundled framework round-trips its statements and carries its attribution as the source', async () => {
    const { call } = await openTestApp(await tempDir());
    const listed = (await call('frameworks:list', {})).find((f) => f.soc === '17-3024.00');
    if (!listed) throw new Error('the bundled framework is missing');
    const file = await call('frameworks:export', { frameworkId: listed.id, format: 'xlsx' });
    const preview = await call('frameworks:preview', { fileName: file.fileName, bytes: file.bytes });
    const bundled = await call('frameworks:get', { id: listed.id });
    for (const level of bundled.levels) {
      expect(preview.file.framework.levels[level.key]?.statements).toEqual(level.statements.map((s) => s.text));
    }
    expect(preview.file.sources.source).toContain('O*NET');
  });
});

describe('an exported framework’s file name', () => {
  const named = (title: string, version: string) =>
    exportFileName(
      {
        schemaVersion: '1.0',
        exportedAt: '2026-11-30T00:00:00.000Z',
        occupation: { soc: '00-1234.56', title, group: '', sector: '', jobZone: 3, jobZoneInferred: true },
        framework: {
          version,
          description: '',
          contextCovered: '',
          levels: {
            emerging: { label: 'Emerging', statements: ['a'] },
            developing: { label: 'Developing', statements: ['b'] },
            proficient: { label: 'Proficient', statements: ['c'] },
            advanced: { label: 'Advanced', statements: ['d'] },
          },
        },
        sources: {},
        attribution: '',
      },
      'json',
    );

  it('keeps accented letters whole, says the version once, and leaves out what a file system may refuse', () => {
    expect(named('Opérateur de presse', '2')).toBe('Opérateur-de-presse-v2.json');
    expect(named('Plant operators', 'v.26.05')).toBe('Plant-operators-v-26-05.json');
    expect(named('Press / brake: "set-up"', '1.2')).toBe('Press-brake-set-up-v1-2.json');
  });
});
