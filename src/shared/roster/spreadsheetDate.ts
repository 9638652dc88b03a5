import type { IsoDate } from '../dates';

/** Start dates in a list of people fall in this span; a serial outside it is a typing slip or a broken cell. */
export const FIRST_DATE_YEAR = 1900;
export const LAST_DATE_YEAR = 2200;

/** What a spreadsheet's date cell holds: a calendar date, or why it is none, with what to quote. */
export type SpreadsheetDate = { date: IsoDate } | { problem: string; shown: string };

/** Excel's day 0 (1900 date system), as exceljs counts: serial 25,569 is 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
const DAY_MS = 86_400_000;

/**
 * The one rule for a date a spreadsheet gives (a date cell as exceljs reads it, or a day serial): a
 * calendar day between 1900 and 2200, or a problem in words. Excel shows a serial it cannot draw as a
 * date (too large, negative, not a number) as “#####”, so that is what the message quotes for one.
 */
export function spreadsheetDate(value: Date | number): SpreadsheetDate {
  const time = typeof value === 'number' ? Math.round((value - UNIX_EPOCH_SERIAL) * DAY_MS) : value.getTime();
  const day = Number.isFinite(time) ? new Date(time) : null;
  // Date's own range ends near the year 275,760: beyond it the time is no date at all.
  if (!day || Number.isNaN(day.getTime())) {
    return {
      problem:
        '“#####” is not a date Trainplan can read: the cell holds a number far too large (or not a number) for a date. Enter the date again, like 2026-03-31.',
      shown: '#####',
    };
  }
  // exceljs gives a date cell as midnight UTC of that calendar day.
  const iso = day.toISOString();
  const year = day.getUTCFullYear();
  const shown = year >= 0 && year <= 9999 ? iso.slice(0, 10) : String(year);
  if (year < FIRST_DATE_YEAR || year > LAST_DATE_YEAR) {
    return {
      problem: `“${shown}” is not a date Trainplan can read: dates in a list of people fall between ${String(FIRST_DATE_YEAR)} and ${String(LAST_DATE_YEAR)}. Check the cell in the spreadsheet.`,
      shown,
    };
  }
  return { date: iso.slice(0, 10) };
}
