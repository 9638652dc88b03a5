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
 * Excel counts 1900 as a leap year (to match Lotus 1-2-3): serial 60 is a 29 February 1900 that never
 * was, and serials 1–59 (1900-01-01 to 1900-02-28) are one day later than a plain count of days makes
 * them, which is how exceljs counts. From serial 61 (1900-03-01) on, the two agree.
 */
const FICTITIOUS_LEAP_DAY = 60;

const LEAP_DAY_PROBLEM: SpreadsheetDate = {
  problem:
    '“1900-02-29” is not a date: 1900 was not a leap year, though Excel shows this day (serial 60) to copy an old mistake of Lotus 1-2-3. Enter the date again, like 2026-03-31.',
  shown: '1900-02-29',
};

/**
 * The one rule for a date a spreadsheet gives (a date cell as exceljs reads it, or a day serial): a
 * calendar day between 1900 and 2200, or a problem in words. Excel shows a serial it cannot draw as a
 * date (too large, negative, not a number) as “#####”, so that is what the message quotes for one.
 */
export function spreadsheetDate(value: Date | number): SpreadsheetDate {
  // A date cell comes from exceljs as its serial counted from 1970 without the leap day: count it back.
  const serial = typeof value === 'number' ? value : value.getTime() / DAY_MS + UNIX_EPOCH_SERIAL;
  if (serial >= FICTITIOUS_LEAP_DAY && serial < FICTITIOUS_LEAP_DAY + 1) return LEAP_DAY_PROBLEM;
  const leapDayShift = serial >= 0 && serial < FICTITIOUS_LEAP_DAY ? 1 : 0;
  const time =
    typeof value === 'number' || leapDayShift === 1
      ? Math.round((serial - UNIX_EPOCH_SERIAL + leapDayShift) * DAY_MS)
      : value.getTime();
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
