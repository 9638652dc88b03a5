import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readTable } from '../../../src/main/roster/readTable';
import { hrWorkbook } from '../../fixtures/rosterWorkbooks';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('reading a workbook of people', () => {
  // exceljs answers a sheet's column count by walking every row: asked once per cell, a sheet of
  // 20,000 people took minutes. Counted instead of timed, so the test says the same on any machine.
  it('walks the rows a fixed number of times, however many people the sheet holds', async () => {
    const worksheet = Object.getPrototypeOf(new ExcelJS.Workbook().addWorksheet('probe')) as object;
    const columnCount = vi.spyOn(worksheet as { columnCount: number }, 'columnCount', 'get');
    const eachRow = vi.spyOn(worksheet as ExcelJS.Worksheet, 'eachRow');
    const counts: number[] = [];
    for (const people of [50, 500]) {
      columnCount.mockClear();
      eachRow.mockClear();
      const table = await readTable('hr.xlsx', await hrWorkbook(people), 'auto');
      expect(table.rows).toHaveLength(people + 1);
      expect(table.rows[people]?.cells).toHaveLength(7);
      counts.push(columnCount.mock.calls.length + eachRow.mock.calls.length);
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[1]).toBeLessThan(10);
  });
});
