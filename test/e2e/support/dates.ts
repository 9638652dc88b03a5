import dayjs from 'dayjs';
import { formatDate } from '../../../src/shared/dates';

/** A date relative to today in this machine's local time, as YYYY-MM-DD (what date inputs take). */
export function daysFromToday(days: number): string {
  return dayjs().add(days, 'day').format('YYYY-MM-DD');
}

/** The browser's locale in the end-to-end tests unless a test sets its own (Playwright's default). */
export const TEST_LOCALE = 'en-US';

/** The same date as the app shows it in that locale, e.g. "Mar 5, 2027" (or "05.03.2027" in de-DE). */
export function shown(iso: string, locale: string = TEST_LOCALE): string {
  return formatDate(iso, locale);
}
