import { describe, expect, it } from 'vitest';
import { dashboardOf } from '../../../src/main/overview/dashboard';
import { monthLabel } from '../../../src/main/reports/dashboardCharts';
import { renderDashboardPdf, type DashboardPdfData } from '../../../src/main/reports/dashboardPdf';
import type { Framework } from '../../../src/shared/framework/framework';
import type { Dashboard } from '../../../src/shared/overview/dashboard';
import { NO_FILTER } from '../../../src/shared/trainees/traineeFilter';
import { readPdf } from './pdfInspect';
import {
  attributionsOf,
  frameworkCopy,
  GENERATED_AT,
  manySources,
  ORGANISATION,
  seedFrameworks,
  sourceOf,
  TODAY,
} from './overviewPdfFixture';

const ATTRIBUTION = 'O*NET v30.2 (CC BY 4.0) · https://skillscrosswalk.com · LER.me · © EBSCOed';

function data(dashboard: Dashboard, frameworks: Framework[], paperSize: 'A4' | 'LETTER' = 'A4'): DashboardPdfData {
  return {
    organisationName: ORGANISATION,
    generatedAt: GENERATED_AT,
    filterDescription: 'Site: Leeds',
    paperSize,
    dashboard,
    attributions: attributionsOf(frameworks),
  };
}

const MONTHS = [
  '2025-12',
  '2026-01',
  '2026-02',
  '2026-03',
  '2026-04',
  '2026-05',
  '2026-06',
  '2026-07',
  '2026-08',
  '2026-09',
  '2026-10',
  '2026-11',
];

describe('dashboard PDF', () => {
  it('shows the counts, the charts’ values and labels, plans due and who needs attention, on one page', async () => {
    const frameworks = await seedFrameworks();
    const [electro, office, plant] = frameworks;
    if (!electro || !office || !plant) throw new Error('seeds');
    const people = [
      // Overdue: target Developing two weeks ago, 5 of 20 done.
      {
        fullName: 'Łukasz Żółć',
        team: 'Line 2',
        plans: [
          { framework: plant, achieved: 5, target: 'developing' as const, targetDate: '2026-11-08', month: '2026-03' },
        ],
      },
      // Met, achievements this month.
      {
        fullName: 'Дмитрий Иванов',
        team: 'Line 1',
        plans: [{ framework: plant, achieved: 10, target: 'emerging' as const, targetDate: null, month: '2026-11' }],
      },
      // Due in 20 days, nothing done: behind.
      {
        fullName: 'Σοφία Παπαδοπούλου',
        team: 'Line 2',
        plans: [{ framework: office, achieved: 0, target: 'emerging' as const, targetDate: '2026-12-12' }],
      },
      // Due in 50 days, on track.
      {
        fullName: 'José Núñez',
        team: 'Line 1',
        plans: [
          { framework: electro, achieved: 9, target: 'emerging' as const, targetDate: '2027-01-11', month: '2026-01' },
        ],
      },
      { fullName: 'Nguyễn Thị Hương', team: 'Line 3', plans: [] },
    ];
    const dashboard = dashboardOf(people.map(sourceOf), NO_FILTER, TODAY);
    const pdf = await renderDashboardPdf(data(dashboard, frameworks));
    const read = await readPdf(pdf.bytes, 'dashboard-small.pdf');
    expect(pdf.pageCount).toBe(1);
    expect(read.pages).toHaveLength(1);
    expect(read.size.height).toBeGreaterThan(read.size.width);
    const text = read.all;
    expect(text).toContain(`${ORGANISATION} Training dashboard Generated`);
    expect(text).toContain('5 trainees · 4 plans · Site: Leeds');
    expect(text).toMatch(
      /Plans by status 1 Overdue 1 Behind 0 Due soon 1 On track 0 No target date 1 Target met 1 No plan yet/,
    );
    expect(text).toContain(`Not yet Emerging Emerging Developing Proficient Advanced`);
    // Bars: each label, the counts in its level segments, then the total.
    expect(text).toContain('By framework Plant and System Operators,… 1 1 2 Electro-Mechanical and Mec… 1 1 Office');
    expect(text).toContain('By team Line 1 1 1 2 Line 2 2 2');
    // The month axis: twelve months, each with its count.
    const labels = MONTHS.map((m) => monthLabel(m).name);
    expect(text).toContain(labels.join(' ').replace(labels[1] ?? '', `${labels[1] ?? ''} 2026`));
    expect(text).toMatch(/Statements achieved per month 0 9 0 5 0 0 0 0 0 0 0 10/);
    expect(text).toContain('Plans due Due within 30 days 1 Due within 60 days 2 Due within 90 days 2');
    expect(text).toContain('Needing attention: 2 plans overdue or behind');
    expect(text).toMatch(/Łukasz Żółć Line 2 Plant and System Operators, All Other Developing by .* 25% Overdue/);
    expect(text).toMatch(
      /Σοφία Παπαδοπούλου Line 2 Office Machine Operators, Except Computer Emerging by .* 0% Behind/,
    );
    expect(text.replace(/\s/g, '')).toContain(ATTRIBUTION.replace(/\s/g, ''));
    expect(text).toContain('Page 1 of 1');
  });

  it.each(['A4', 'LETTER'] as const)(
    'stays on one %s page with 30 teams, 20 frameworks and 2,000 trainees',
    async (paper) => {
      const seeds = await seedFrameworks();
      const frameworks = [...seeds, ...Array.from({ length: 17 }, (_, n) => frameworkCopy(seeds[0] as Framework, n))];
      const dashboard = dashboardOf(manySources(2000, frameworks, 30), NO_FILTER, TODAY);
      expect(dashboard.byTeam).toHaveLength(30);
      expect(dashboard.byFramework).toHaveLength(20);
      const pdf = await renderDashboardPdf(data(dashboard, frameworks, paper));
      const read = await readPdf(pdf.bytes, `dashboard-large-${paper}.pdf`);
      expect(read.pages).toHaveLength(1);
      expect(read.all).toContain('and 18 more teams');
      expect(read.all).toContain('and 8 more frameworks');
      expect(read.all).toMatch(
        new RegExp(`Needing attention: ${String(dashboard.attentionTotal)} plans overdue or behind`),
      );
      // As many of the list as fit, and how many more there are.
      const listed = (read.all.match(/Trainee \d{4}/g) ?? []).length;
      expect(listed).toBeGreaterThan(5);
      expect(read.all).toContain(`and ${String(dashboard.attentionTotal - listed)} more plans overdue or behind`);
      expect(read.all).toContain('Framework number 17 (99-1016.00, v.26.05)');
      expect(read.all).toContain('Page 1 of 1');
    },
  );
});
