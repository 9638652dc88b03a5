import { shownCode } from '../../../shared/framework/shownCode';
import { shorten } from '../../../shared/text/shorten';
import type { FileToSave } from '../../../shared/api/contract';
import { attributionLine, splitStatement } from '../../../shared/framework/framework';
import type { FrameworkFile } from '../../../shared/framework/frameworkFileSchema';
import { LEVEL_KEYS, LEVEL_LABELS } from '../../../shared/framework/levels';
import { SPREADSHEET_COLUMNS } from '../../../shared/framework/sources/sourcePreview';
import { keepSheetText } from '../../lib/excelTextCells';
import { loadExcel } from '../../lib/loadExcel';

/** A file name from the title and version, in letters, digits and dashes so every system accepts it. */
export function exportFileName(file: FrameworkFile, extension: 'json' | 'xlsx'): string {
  const slug = (s: string) =>
    shorten(s, 81)
      .replace(/…$/, '')
      .normalize('NFC')
      // Accented letters stay whole ("Opérateur", not "Ope-rateur"); anything else becomes a dash.
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '');
  const name = [
    slug(file.occupation.title),
    slug(/^v/i.test(file.framework.version) ? file.framework.version : `v${file.framework.version}`),
  ]
    .filter((s) => s !== '')
    .join('-');
  return `${name || 'framework'}.${extension}`;
}

/**
 * The spreadsheet layout the importer reads (Level, Topic, Statement on a Framework sheet; the details on an
 * About sheet), so an exported workbook can be edited in Excel and imported back. Code is the code a
 * trainer knows; "Trainplan code" is the one its versions are kept under, so a re-import joins the same
 * framework's versions even after a title change. Made here, not in the report
 * worker: a framework is at most a few thousand short rows, which exceljs writes in well under a second,
 * as it does for the import template.
 */
export async function frameworkXlsx(file: FrameworkFile): Promise<Uint8Array> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Framework');
  sheet.columns = [
    { header: SPREADSHEET_COLUMNS[0], width: 14 },
    { header: SPREADSHEET_COLUMNS[1], width: 28 },
    { header: SPREADSHEET_COLUMNS[2], width: 90 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const key of LEVEL_KEYS) {
    for (const text of file.framework.levels[key]?.statements ?? []) {
      const { topic, performance } = splitStatement(text);
      sheet.addRow([LEVEL_LABELS[key], topic ?? '', performance]).alignment = { wrapText: true, vertical: 'top' };
    }
  }
  const about = workbook.addWorksheet('About');
  about.columns = [{ width: 14 }, { width: 70 }];
  const rows: [string, string][] = [
    ['Title', file.occupation.title],
    ['Code', shownCode(file.occupation) ?? ''],
    // The code the versions are kept under (made up when the framework has no SOC code), for the way back in.
    ['Trainplan code', file.occupation.soc],
    ['Version', file.framework.version],
    // A bundled framework names its sources differently; its whole attribution line goes in Source then.
    ['Source', file.sources.source ?? attributionLine(file)],
    ['Licence', file.sources.licence ?? ''],
    ['Description', file.framework.description],
  ];
  for (const row of rows) about.addRow(row);
  about.getColumn(1).font = { bold: true };
  keepSheetText(sheet);
  keepSheetText(about);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Any framework as our JSON format (re-imports as the same framework) or as the importer's spreadsheet. */
export async function exportFramework(file: FrameworkFile, format: 'json' | 'xlsx'): Promise<FileToSave> {
  if (format === 'json') {
    return {
      fileName: exportFileName(file, 'json'),
      bytes: new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`),
    };
  }
  return { fileName: exportFileName(file, 'xlsx'), bytes: await frameworkXlsx(file) };
}
