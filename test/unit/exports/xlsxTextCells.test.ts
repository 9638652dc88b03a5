import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { decodeAnswer } from '../../../src/shared/api/wire';
import { newFrameworkText } from '../../fixtures/frameworkFiles';
import { OFFICE } from '../support/testApp';
import { startTestBridge } from '../support/testBridge';
import { useTempDirs } from '../support/tempDir';
import { EVERYONE, exportFixture, FORMULA_NAME, MATRIX_NAME_SORT, NAME_SORT } from './exportFixture';

const tempDir = useTempDirs();

/** Text Excel would turn into a formula once the cell is edited (F2, Enter). */
const FORMULA_LIKE = /^[=+\-@\t\r]/;

/**
 * Every text cell of every sheet that starts like a formula, with what its cell style (the `<xf>` its `s`
 * points at, read from the written styles.xml, not from exceljs's idea of it) says about it.
 */
async function formulaLikeCells(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const stylesXml = (await zip.file('xl/styles.xml')?.async('string')) ?? '';
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  const xfs = [...cellXfs.matchAll(/<xf\b[^>]*>/g)].map((m) => m[0]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const found: { sheet: string; cell: string; text: string; xf: string; numFmt: unknown }[] = [];
  for (const [index, ws] of book.worksheets.entries()) {
    const sheetXml = (await zip.file(`xl/worksheets/sheet${String(index + 1)}.xml`)?.async('string')) ?? '';
    const styleOf = new Map([...sheetXml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>/g)].map((m) => [m[1], m[2] ?? '']));
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value !== 'string' || !FORMULA_LIKE.test(cell.value)) return;
        const s = / s="(\d+)"/.exec(styleOf.get(cell.address) ?? '')?.[1] ?? '0';
        found.push({
          sheet: ws.name,
          cell: cell.address,
          text: cell.value,
          xf: xfs[Number(s)] ?? '',
          numFmt: cell.numFmt,
        });
      }),
    );
  }
  return found;
}

/** Each such cell is text Excel keeps as text when edited: the quote-prefix style on the Text format. */
function expectAllKeptAsText(cells: Awaited<ReturnType<typeof formulaLikeCells>>, texts: string[]) {
  for (const text of texts) expect(cells.map((c) => c.text)).toContain(text);
  for (const cell of cells) {
    expect(cell.xf, `${cell.sheet}!${cell.cell} ${cell.text}`).toMatch(/ quotePrefix="1"/);
    expect(cell.xf, `${cell.sheet}!${cell.cell} ${cell.text}`).toMatch(/ numFmtId="49"/);
    expect(cell.numFmt).toBe('@');
  }
}

describe('text that starts like a formula stays text when edited in Excel', () => {
  it('in the trainees list and both skills-matrix workbooks (names, badges, trainers)', async () => {
    const { call } = await exportFixture(await tempDir());
    const trainees = await call('exports:trainees', { filter: EVERYONE, sort: NAME_SORT, format: 'xlsx' });
    expectAllKeptAsText(await formulaLikeCells(trainees.bytes), [FORMULA_NAME, '-42', '@Sam']);
    for (const view of ['overview', 'framework'] as const) {
      const matrix = await call('exports:matrix', {
        view,
        frameworkId: view === 'overview' ? null : OFFICE,
        filter: EVERYONE,
        sort: MATRIX_NAME_SORT,
        format: 'xlsx',
        paperSize: 'A4',
      });
      expectAllKeptAsText(await formulaLikeCells(matrix.bytes), [FORMULA_NAME]);
    }
  });

  it('in a framework exported through the HTTP bridge (title, statement) and in the template', async () => {
    const { call } = await startTestBridge(await tempDir(), await tempDir());
    const doc = JSON.parse(newFrameworkText({ title: '=Machinists' })) as {
      framework: { levels: { emerging: { statements: string[] } } };
    };
    doc.framework.levels.emerging.statements[0] = '-Wear gloves';
    const imported = await call('frameworks:import', { fileName: 'm.json', text: JSON.stringify(doc) });
    expect(imported.ok).toBe(true);
    const { id } = imported.value as { id: string };
    const exported = decodeAnswer(
      'frameworks:export',
      await call('frameworks:export', { frameworkId: id, format: 'xlsx' }),
    ) as {
      value: { bytes: Uint8Array };
    };
    expectAllKeptAsText(await formulaLikeCells(exported.value.bytes), ['=Machinists', '-Wear gloves']);
    const template = decodeAnswer('frameworks:template', await call('frameworks:template', { format: 'xlsx' })) as {
      value: { bytes: Uint8Array };
    };
    expectAllKeptAsText(await formulaLikeCells(template.value.bytes), []);
  });
});
