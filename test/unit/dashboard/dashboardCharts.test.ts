import { describe, expect, it } from 'vitest';
import {
  ATTAINED_SERIES,
  frameworkRows,
  monthLabel,
  monthRows,
  NO_TEAM_LABEL,
  teamRows,
} from '../../../src/renderer/src/dashboard/dashboardCharts';
import type { AttainedCounts, Dashboard } from '../../../src/shared/overview/dashboard';

const counts = (none: number, emerging: number, developing = 0, proficient = 0, advanced = 0): AttainedCounts => ({
  none,
  emerging,
  developing,
  proficient,
  advanced,
});

describe('the attained-level charts', () => {
  it('stack the levels from "Not yet Emerging" up to Advanced, darker as they go up', () => {
    expect(ATTAINED_SERIES.map((s) => s.label)).toEqual([
      'Not yet Emerging',
      'Emerging',
      'Developing',
      'Proficient',
      'Advanced',
    ]);
    const shades = ATTAINED_SERIES.slice(1).map((s) => Number(s.color.split('.')[1]));
    expect(shades).toEqual([...shades].sort((a, b) => a - b));
    expect(new Set(shades).size).toBe(shades.length);
  });

  it('draw one bar per framework, named by its title and keyed by its id, with its counts', () => {
    const byFramework: Dashboard['byFramework'] = [
      { frameworkId: 'plant@1', title: 'Plant operators', soc: '51-8099.00', plans: 3, attained: counts(2, 1) },
      { frameworkId: 'office@1', title: 'Office operators', soc: '43-9071.00', plans: 1, attained: counts(0, 0, 1) },
    ];
    expect(frameworkRows({ byFramework })).toEqual([
      { key: 'plant@1', label: 'Plant operators', plans: 3, ...counts(2, 1) },
      { key: 'office@1', label: 'Office operators', plans: 1, ...counts(0, 0, 1) },
    ]);
  });

  it('name the bar of trainees without a team, and keep its key empty for the click-through', () => {
    const byTeam: Dashboard['byTeam'] = [
      { team: '', plans: 1, attained: counts(1, 0) },
      { team: 'Line 2', plans: 2, attained: counts(0, 0, 0, 1, 1) },
    ];
    const rows = teamRows({ byTeam });
    expect(rows.map((r) => [r.key, r.label])).toEqual([
      ['', NO_TEAM_LABEL],
      ['Line 2', 'Line 2'],
    ]);
    expect(rows[1]?.advanced).toBe(1);
  });
});

describe('month labels', () => {
  it('are written in the locale asked for', () => {
    expect(monthLabel('2026-03', 'long', 'en-US')).toBe('March 2026');
    expect(monthLabel('2026-03', 'long', 'de-DE')).toBe('März 2026');
    expect(monthLabel('2026-03', 'short', 'en-GB')).toBe('Mar');
    expect(monthLabel('2026-12', 'short', 'fr-FR')).toBe('déc.');
  });

  it('never slip to the month before, whatever the time zone (the first of the month at midnight)', () => {
    expect(monthLabel('2026-01', 'long', 'en-US')).toBe('January 2026');
  });

  it('keep each month of the chart with its count, oldest first', () => {
    const perMonth = [
      { month: '2025-12', achieved: 4 },
      { month: '2026-01', achieved: 0 },
    ];
    expect(monthRows({ perMonth }, 'en-GB')).toEqual([
      { month: '2025-12', short: 'Dec', long: 'December 2025', achieved: 4 },
      { month: '2026-01', short: 'Jan', long: 'January 2026', achieved: 0 },
    ]);
  });
});
