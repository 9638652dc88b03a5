import { describe, expect, it } from 'vitest';
import { spreadsheetDate } from '../../../src/shared/roster/spreadsheetDate';

const LEAP_DAY =
  '“1900-02-29” is not a date: 1900 was not a leap year, though Excel shows this day (serial 60) to copy an old mistake of Lotus 1-2-3. Enter the date again, like 2026-03-31.';

/** The Date exceljs gives for a date cell holding `serial`: its own count from 1970, without Excel's 29 February 1900. */
const exceljsDate = (serial: number): Date => new Date(Math.round((serial - 25_569) * 86_400_000));

describe('Excel day serials in the 1900 date system, as Excel shows them (issue 17, D)', () => {
  it.each([
    [1, '1900-01-01'],
    [2, '1900-01-02'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [46_082, '2026-03-01'],
  ])('serial %d is %s, as a number and as the date exceljs reads', (serial, date) => {
    expect(spreadsheetDate(serial)).toEqual({ date });
    expect(spreadsheetDate(exceljsDate(serial))).toEqual({ date });
  });

  it('serial 60, the 29 February 1900 that never was, is refused in words', () => {
    expect(spreadsheetDate(60)).toEqual({ problem: LEAP_DAY, shown: '1900-02-29' });
    expect(spreadsheetDate(exceljsDate(60))).toEqual({ problem: LEAP_DAY, shown: '1900-02-29' });
  });
});
