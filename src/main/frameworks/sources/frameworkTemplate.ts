import Papa from 'papaparse';
import { SPREADSHEET_COLUMNS } from '../../../shared/framework/sources/sourcePreview';
import { keepSheetText } from '../../lib/excelTextCells';
import { loadExcel } from '../../lib/loadExcel';

const ABOUT: [string, string][] = [
  ['Title', 'CNC Machining'],
  ['Code', ''],
  ['Version', '1'],
  ['Source', 'Our plant’s training team'],
  ['Licence', 'For internal use'],
];

const EXAMPLES: [string, string, string][] = [
  ['Emerging', 'Measuring', 'uses a calliper to check a part against the drawing under supervision'],
  ['Developing', 'Machine set-up', 'sets work offsets and tool lengths for a known job without help'],
];

/** The template as .xlsx: a Framework sheet with the three columns and two examples, and an About sheet. */
export async function templateXlsx(): Promise<Uint8Array> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Framework');
  sheet.columns = [
    { header: SPREADSHEET_COLUMNS[0], width: 14 },
    { header: SPREADSHEET_COLUMNS[1], width: 24 },
    { header: SPREADSHEET_COLUMNS[2], width: 80 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const example of EXAMPLES) sheet.addRow(example);
  const about = workbook.addWorksheet('About');
  about.columns = [{ width: 14 }, { width: 50 }];
  for (const entry of ABOUT) about.addRow(entry);
  about.getColumn(1).font = { bold: true };
  // Fixed text today, guarded like every workbook Trainplan writes so a later example cannot slip through.
  keepSheetText(sheet);
  keepSheetText(about);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The template as .csv: the About entries as "key: value" rows, then the header and two examples. */
export function templateCsv(): Uint8Array {
  const rows = [...ABOUT.map(([key, value]) => [`${key}: ${value}`]), [...SPREADSHEET_COLUMNS], ...EXAMPLES];
  // A byte-order mark so Excel opens the UTF-8 file with its accents intact.
  return new TextEncoder().encode(`\uFEFF${Papa.unparse(rows)}\r\n`);
}
