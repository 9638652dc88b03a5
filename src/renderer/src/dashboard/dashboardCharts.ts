import { LEVEL_LABELS } from '../../../shared/framework/levels';
import { ATTAINED_KEYS, type AttainedCounts, type Dashboard } from '../../../shared/overview/dashboard';
import { NOT_YET_EMERGING } from '../../../shared/progress/progressRules';

export type AttainedKey = (typeof ATTAINED_KEYS)[number];

export const ATTAINED_LABELS: Record<AttainedKey, string> = { none: NOT_YET_EMERGING, ...LEVEL_LABELS };

/**
 * One hue from light to dark, so a higher level reads as "more" without a legend lookup; "Not yet
 * Emerging" is grey, outside the scale.
 */
export const ATTAINED_COLORS: Record<AttainedKey, string> = {
  none: 'gray.4',
  emerging: 'teal.2',
  developing: 'teal.4',
  proficient: 'teal.6',
  advanced: 'teal.9',
};

export const ATTAINED_SERIES = ATTAINED_KEYS.map((key) => ({
  name: key,
  label: ATTAINED_LABELS[key],
  color: ATTAINED_COLORS[key],
}));

/** One bar of an attained-level chart: what it is (`key`), what it says (`label`), and a count per level. */
export type AttainedRow = { key: string; label: string; plans: number } & AttainedCounts;

export function frameworkRows(dashboard: Pick<Dashboard, 'byFramework'>): AttainedRow[] {
  return dashboard.byFramework.map((f) => ({ key: f.frameworkId, label: f.title, plans: f.plans, ...f.attained }));
}

/** Trainees without a team still count; their bar needs a name a trainer recognises. */
export const NO_TEAM_LABEL = 'No team';

export function teamRows(dashboard: Pick<Dashboard, 'byTeam'>): AttainedRow[] {
  return dashboard.byTeam.map((t) => ({ key: t.team, label: t.team || NO_TEAM_LABEL, plans: t.plans, ...t.attained }));
}

function monthDate(month: string): Date {
  const [year, m] = month.split('-').map(Number);
  return new Date(Date.UTC(year ?? 2000, (m ?? 1) - 1, 1));
}

/**
 * A "YYYY-MM" month as the computer's locale writes it: `long` for tables and drawers ("March 2026"),
 * `short` for the axis, where twelve labels must fit ("Mar"; the twelve months are all different).
 */
export function monthLabel(month: string, style: 'long' | 'short', locale?: string): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'long' ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(monthDate(month));
}

export interface MonthRow {
  month: string;
  /** On the axis. */
  short: string;
  /** In the table and the tooltip. */
  long: string;
  achieved: number;
}

export function monthRows(dashboard: Pick<Dashboard, 'perMonth'>, locale?: string): MonthRow[] {
  return dashboard.perMonth.map(({ month, achieved }) => ({
    month,
    short: monthLabel(month, 'short', locale),
    long: monthLabel(month, 'long', locale),
    achieved,
  }));
}

/** Room for one bar of a horizontal bar chart, and for the axes and legend around them. */
export function barChartHeight(bars: number): number {
  return 80 + Math.max(bars, 1) * 60;
}

/**
 * What a chart's svg says it is to a screen reader: one image with a name that holds its figures (the
 * table under "Show as table" is the way in). Recharts passes `aria-label` to the svg but does not declare
 * it, hence the plain object. Its keyboard layer is off: it moves a tooltip, and the table does better.
 */
export function chartSvgLabel(label: string): { role: string; accessibilityLayer: false } {
  return Object.assign({ role: 'img', accessibilityLayer: false as const }, { 'aria-label': label });
}
