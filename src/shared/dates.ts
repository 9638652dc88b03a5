import dayjs from 'dayjs';

/** Calendar dates travel and are stored as "YYYY-MM-DD": no time zone can shift them a day. */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && dayjs(value, 'YYYY-MM-DD').format('YYYY-MM-DD') === value;
}

/** Today in the local time zone of whoever asks. */
export function todayIso(now: Date = new Date()): IsoDate {
  return dayjs(now).format('YYYY-MM-DD');
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayjs(to).diff(dayjs(from), 'day');
}

/**
 * Dates are shown one way everywhere, as the computer's locale writes a medium date ("Mar 12, 2026" in
 * the US, "12 Mar 2026" in the UK, "12.03.2026" in Germany); `locale` is for tests. Formatters are kept
 * per locale: building one costs more than formatting a whole screen of dates.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''} ${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, found);
  }
  return found;
}

/** A calendar date as the locale writes it; "—" for none. */
export function formatDate(date: IsoDate | null | undefined, locale?: string): string {
  if (!date) return '—';
  // Read as a date at midnight UTC and written in UTC, so no time zone moves it to the day before.
  const [year, month, day] = date.slice(0, 10).split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return date;
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(utc.getTime())) return date;
  return formatter(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(utc);
}

/** A moment (an ISO timestamp) as the locale writes a medium date and a short time, in the local time zone. */
export function formatDateTime(iso: string, locale?: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return formatter(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}
