import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { templateCsv, templateXlsx } from '../../../../src/main/frameworks/sources/frameworkTemplate';
import { attributionLine, normaliseFramework } from '../../../../src/shared/framework/framework';
import { preview, refusal, sourceBytes, textBytes } from './sourceFiles';

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('framework spreadsheets (CSV and XLSX)', () => {
  it('reads a semicolon CSV with a BOM, key rows, a quoted newline and empty rows, and says what it left out', async () => {
    const result = await preview('machining.csv', sourceBytes('spreadsheet-semicolons-bom.csv'));
    expect(result.format).toBe('spreadsheet');
    expect(result.file.occupation.title).toBe('CNC Machining');
    expect(result.file.framework.version).toBe('2.1');
    expect(result.file.framework.levels.emerging?.statements).toEqual([
      'Measuring — uses a calliper to check a part against the drawing',
      'Safety — stops the machine with the emergency stop',
    ]);
    expect(result.file.framework.levels.proficient?.statements).toEqual(['Programs — edits a CNC program, saying why']);
    expect(result.leftOut).toEqual([
      'Row 11: the level “Expert” is not Emerging, Developing, Proficient, Advanced or 1 to 4.',
    ]);
    expect(attributionLine(normaliseFramework(result.file, 'imported'))).toBe(
      'Northfield Plant training team · CC BY 4.0',
    );
  });

  it('keeps a SOC code given as the code, and numbers 1 to 4 as levels', async () => {
    const result = await preview('forklift.csv', sourceBytes('spreadsheet-comma.csv'));
    expect(result.file.occupation.soc).toBe('53-7051.00');
    expect(result.file.framework.levels.advanced?.statements).toEqual([
      'Coaching — shows a new driver the pre-use check',
    ]);
  });

  it('gives a framework without a SOC code the same made-up code each time, starting 00-', async () => {
    const a = await preview('a.csv', sourceBytes('spreadsheet-semicolons-bom.csv'));
    const b = await preview('b.csv', sourceBytes('spreadsheet-semicolons-bom.csv'));
    expect(a.file.occupation.soc).toMatch(/^00-\d{4}\.\d{2}$/);
    expect(b.file.occupation.soc).toBe(a.file.occupation.soc);
  });

  it('reads Windows-1252 bytes as Windows-1252 and says so', async () => {
    const text =
      'Title,Soudure\r\nLevel,Topic,Statement\r\n1,Sécurité,porte le masque\r\n2,Prépa,nettoie la pièce\r\n3,Soudure,soude à plat\r\n4,Contrôle,vérifie la soudure\r\n';
    // Every character here is one byte in Windows-1252 (and Latin-1).
    const bytes = Uint8Array.from(Buffer.from(text, 'latin1'));
    const result = await preview('soudure.csv', bytes);
    expect(result.file.framework.levels.emerging?.statements).toEqual(['Sécurité — porte le masque']);
    expect(result.notes.join(' ')).toContain('read as Windows-1252');
  });

  it('reads an XLSX with merged header cells and an About sheet', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Framework');
      sheet.addRow(['Level', 'Topic', 'Statement', '']);
      sheet.mergeCells('C1:D1');
      sheet.addRow(['Emerging', 'Safety', 'wears the right gloves']);
      sheet.addRow([]);
      sheet.addRow([2, 'Safety', 'checks the guard before starting']);
      sheet.addRow(['Proficient', '', 'sets up the press for a new die']);
      sheet.addRow(['advanced', 'Coaching', 'trains a new press operator']);
      const about = workbook.addWorksheet('About');
      about.addRow(['Title', 'Press shop']);
      about.addRow(['Version', 'v2']);
      about.addRow(['Licence', 'Internal']);
    });
    const result = await preview('press.xlsx', bytes);
    expect(result.format).toBe('spreadsheet');
    expect(result.file.occupation.title).toBe('Press shop');
    expect(result.file.framework.version).toBe('v2');
    expect(result.file.framework.levels.developing?.statements).toEqual(['Safety — checks the guard before starting']);
    expect(result.file.framework.levels.proficient?.statements).toEqual(['sets up the press for a new die']);
    expect(result.file.sources).toEqual({ licence: 'Internal' });
  });

  it('reads a spreadsheet with only some levels filled as a framework of those levels', async () => {
    const result = await preview(
      'short.csv',
      textBytes('Title: Short\nLevel,Topic,Statement\n1,A,does a\n2,B,does b\n'),
    );
    expect(Object.keys(result.file.framework.levels)).toEqual(['emerging', 'developing']);
    expect(normaliseFramework(result.file, 'imported').levels.map((l) => l.label)).toEqual(['Emerging', 'Developing']);
  });

  it('refuses a spreadsheet with no statement at any level, in words', async () => {
    const message = await refusal('empty.csv', textBytes('Title: Empty\nLevel,Topic,Statement\n1,A,\n'));
    expect(message).toBe(
      '“empty.csv”: The framework has no statements in any level. Write at least one statement at one level.',
    );
  });

  it('refuses a spreadsheet without a title', async () => {
    const message = await refusal('x.csv', textBytes('Level,Topic,Statement\n1,A,a\n2,B,b\n3,C,c\n4,D,d\n'));
    expect(message).toContain('does not give the framework a title');
  });

  it('offers a template in both forms, with the headers and two example rows, read back by the importer', async () => {
    const csv = new TextDecoder().decode(templateCsv());
    expect(csv).toContain('Level,Topic,Statement');
    // Its two example rows read back as a framework of two levels, as a trainer's first draft would.
    const fromCsv = await preview('template.csv', templateCsv());
    expect(Object.keys(fromCsv.file.framework.levels)).toEqual(['emerging', 'developing']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await templateXlsx()).buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('Framework');
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Level', 'Topic', 'Statement']);
    expect(sheet?.rowCount).toBe(3);
    expect(workbook.getWorksheet('About')?.getRow(1).values).toEqual([undefined, 'Title', 'CNC Machining']);
    const fromXlsx = await preview('template.xlsx', await templateXlsx());
    expect(fromXlsx.file.framework.levels).toEqual(fromCsv.file.framework.levels);
  });
});
