import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf, squashed } from '../../reports/pdfInspect';
import { recordsState } from '../../support/folderState';
import { useTempDirs } from '../../support/tempDir';
import { reportOfNewPlan } from '../../support/planReport';
import { openTestApp } from '../../support/testApp';
import { startTestBridge } from '../../support/testBridge';
import { sourceBytes, textBytes } from './sourceFiles';

const tempDir = useTempDirs();

describe('framework import from other formats, through the API', () => {
  it('previews a CASE package, then stores exactly what the preview showed', async () => {
    const dir = await tempDir();
    const { call } = await openTestApp(dir);
    const bytes = sourceBytes('case-machining.json');
    const before = await recordsState(dir);
    const preview = await call('frameworks:preview', { fileName: 'machining.json', bytes });
    expect(await recordsState(dir)).toEqual(before);
    const summary = await call('frameworks:import-source', { fileName: 'machining.json', bytes });
    expect(summary).toMatchObject({ title: 'Precision Machining Competencies', version: '2024.1', statementCount: 6 });
    const stored = await call('frameworks:get', { id: summary.id });
    expect(stored.origin).toBe('imported');
    for (const level of stored.levels) {
      expect(level.statements.map((s) => s.text)).toEqual(preview.file.framework.levels[level.key]?.statements);
    }
    expect(stored.sources).toEqual(preview.file.sources);
    const again = await call('frameworks:import-source', { fileName: 'machining.json', bytes }).catch(
      (error: unknown) => error,
    );
    expect(String(again)).toContain('is already in your library');
  });

  it('keeps the level chosen for each top group in the preview when importing', async () => {
    const { call } = await openTestApp(await tempDir());
    const bytes = sourceBytes('moodle-three-tiers.csv');
    const levels = ['developing', 'emerging', 'proficient', 'advanced'] as const;
    const summary = await call('frameworks:import-source', { fileName: 'm.csv', bytes, levels: [...levels] });
    const stored = await call('frameworks:get', { id: summary.id });
    expect(stored.levels[0]?.statements.map((s) => s.text)).toEqual([
      'Electrical — Isolates a machine and proves it dead',
    ]);
    expect(stored.levels[1]?.statements).toHaveLength(2);
  });

  it('refuses bad files with a message and leaves the data folder as it was', async () => {
    const dir = await tempDir();
    const { fail } = await openTestApp(dir);
    const before = await recordsState(dir);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const cases: [string, Uint8Array, string][] = [
      ['empty.csv', new Uint8Array(), '“empty.csv”: The file is empty.'],
      ['photo.png', png, '“photo.png”: This is not a framework file (it is not text or a workbook).'],
      [
        'notes.txt',
        textBytes('Shopping list\nmilk\n'),
        '“notes.txt”: This file is not a framework Trainplan can read.',
      ],
      ['broken.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'could not be opened as an Excel workbook'],
      ['cp1252.json', new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]), 'not UTF-8'],
    ];
    for (const [fileName, bytes, message] of cases) {
      for (const name of ['frameworks:preview', 'frameworks:import-source'] as const) {
        expect((await fail(name, { fileName, bytes })).message).toContain(message);
      }
    }
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    expect((await fail('frameworks:import-source', { fileName: 'big.csv', bytes: big })).message).toBe(
      'The file is too large to be a framework (over 5 MB).',
    );
    expect(await recordsState(dir)).toEqual(before);
  });

  it('works over the HTTP bridge, bytes and all', async () => {
    const dir = await tempDir();
    const { call } = await startTestBridge(join(dir, 'data'), join(dir, 'renderer'));
    const $bytes = Buffer.from(sourceBytes('spreadsheet-comma.csv')).toString('base64');
    const preview = await call('frameworks:preview', { fileName: 'forklift.csv', bytes: { $bytes } });
    expect(preview.error).toBeUndefined();
    expect(preview).toMatchObject({
      ok: true,
      value: { format: 'spreadsheet', file: { occupation: { soc: '53-7051.00' } } },
    });
    const imported = await call('frameworks:import-source', { fileName: 'forklift.csv', bytes: { $bytes } });
    expect(imported).toMatchObject({ ok: true, value: { id: '53-7051.00@3', title: 'Forklift driving' } });
    const template = await call('frameworks:template', { format: 'xlsx' });
    expect(template).toMatchObject({ ok: true, value: { fileName: 'framework-template.xlsx' } });
  });

  it('carries an imported CASE framework’s source and licence into the trainee’s report', async () => {
    const { call } = await openTestApp(await tempDir());
    const summary = await call('frameworks:import-source', {
      fileName: 'machining.json',
      bytes: sourceBytes('case-machining.json'),
    });
    const pdf = await readPdf(await reportOfNewPlan(call, summary.id));
    const text = squashed(pdf.pages.join(' '));
    expect(text).toContain(squashed('Example Skills Council, https://skills.example.org/machining · CC BY 4.0'));
    expect(text).toContain(squashed('Sources and attribution Precision Machining Competencies'));
  });
});
