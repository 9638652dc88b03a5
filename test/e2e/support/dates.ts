import dayjs from 'dayjs';

/** A date relative to today in this machine's local time, as YYYY-MM-DD (what date inputs take). */
export function daysFromToday(days: number): string {
  return dayjs().add(days, 'day').format('YYYY-MM-DD');
}

/** The same date as the app shows it, e.g. "5 Mar 2027". */
export function shown(iso: string): string {
  return dayjs(iso).format('D MMM YYYY');
}
