import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const FIXTURES = join(__dirname, '../../fixtures/roster');

export async function fixture(name: string): Promise<{ fileName: string; bytes: Uint8Array }> {
  return { fileName: name, bytes: new Uint8Array(await readFile(join(FIXTURES, name))) };
}

export function csv(text: string, fileName = 'people.csv'): { fileName: string; bytes: Uint8Array } {
  return { fileName, bytes: new TextEncoder().encode(text) };
}

/** A workbook as HR sends one: a title merged across the top, the header below it, a date cell. */
export async function hrWorkbook(): Promise<{ fileName: string; bytes: Uint8Array }> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Staff');
  sheet.addRow(['Apprentices 2026']);
  sheet.mergeCells('A1:D1');
  sheet.addRow(['Surname', 'Given name', 'Badge', 'Start']);
  sheet.mergeCells('E2:F2');
  sheet.getCell('E2').value = 'Plant';
  sheet.addRow(['Ødegård', 'Sigrid', 'X-1', new Date(Date.UTC(2026, 2, 3)), 'Leeds', 'ignored']);
  sheet.addRow([]);
  sheet.addRow(['Keane', 'Maria', 'X-2', '2026-04-01', 'York', '']);
  const buffer = await workbook.xlsx.writeBuffer();
  return { fileName: 'staff.xlsx', bytes: new Uint8Array(buffer) };
}
