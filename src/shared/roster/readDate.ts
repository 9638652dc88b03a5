import { isIsoDate, type IsoDate } from '../dates';
import type { DateOrder } from './rosterImport';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function iso(year: number, month: number, day: number): IsoDate | null {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(text) ? text : null;
}

function fullYear(text: string): number {
  const year = Number(text);
  // Two-digit years in an HR export are this century's or the last one's joiners.
  return text.length === 2 ? (year < 70 ? 2000 + year : 1900 + year) : year;
}

function monthOf(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

export type DateShape = 'iso' | 'slash' | 'dotted' | 'named';

interface Parts {
  shape: DateShape;
  /** For slash dates: the first and second numbers, before the order is known. */
  a: number;
  b: number;
  year: number;
}

const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?$/;
const SLASH = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/;
const DAY_MONTH = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]{3,9})\.?,?[\s-]+(\d{4})$/;
const MONTH_DAY = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;

function partsOf(text: string): Parts | null {
  let m = ISO.exec(text);
  if (m) return { shape: 'iso', a: Number(m[3]), b: Number(m[2]), year: Number(m[1]) };
  m = SLASH.exec(text);
  if (m) return { shape: 'slash', a: Number(m[1]), b: Number(m[2]), year: fullYear(m[3] ?? '') };
  m = DOTTED.exec(text);
  if (m) return { shape: 'dotted', a: Number(m[1]), b: Number(m[2]), year: fullYear(m[3] ?? '') };
  m = DAY_MONTH.exec(text);
  if (m && monthOf(m[2] ?? '') > 0)
    return { shape: 'named', a: Number(m[1]), b: monthOf(m[2] ?? ''), year: Number(m[3]) };
  m = MONTH_DAY.exec(text);
  if (m && monthOf(m[1] ?? '') > 0)
    return { shape: 'named', a: Number(m[2]), b: monthOf(m[1] ?? ''), year: Number(m[3]) };
  return null;
}

/**
 * How a column's slash dates are ordered: a first number over 12 can only be a day, a second one only a
 * month's day. Null when no date in the column tells (every one could be either): the user is asked.
 */
export function slashOrderOf(cells: Iterable<string>): DateOrder | 'mixed' | null {
  let dayFirst = false;
  let monthFirst = false;
  for (const cell of cells) {
    const parts = partsOf(cell.trim());
    // A cell that is no date either way ("31/31/2026") tells nothing about the others: it is refused alone.
    if (parts?.shape !== 'slash' || (parts.a > 12 && parts.b > 12)) continue;
    if (parts.a > 12) dayFirst = true;
    if (parts.b > 12) monthFirst = true;
  }
  if (dayFirst && monthFirst) return 'mixed';
  return dayFirst ? 'dmy' : monthFirst ? 'mdy' : null;
}

/** The date a cell holds, read in the column's order, and its shape; null when it is no date we read. */
export function readDate(text: string, order: DateOrder): { date: IsoDate; shape: DateShape } | null {
  const parts = partsOf(text.trim());
  if (!parts) return null;
  const slashLike = parts.shape === 'slash';
  const [day, month] = slashLike && order === 'mdy' ? [parts.b, parts.a] : [parts.a, parts.b];
  const date = iso(parts.year, month, day);
  return date ? { date, shape: parts.shape } : null;
}

export const SHAPE_WORDS: Record<DateShape | 'excel', (order: DateOrder) => string> = {
  iso: () => 'YYYY-MM-DD',
  slash: (order) => (order === 'dmy' ? 'DD/MM/YYYY' : 'MM/DD/YYYY'),
  dotted: () => 'DD.MM.YYYY',
  named: () => 'dates with month names (3 Mar 2026)',
  excel: () => 'spreadsheet dates',
};
