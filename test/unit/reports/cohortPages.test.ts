import type { Content, TableCell } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/shared/dates';
import { normaliseFramework } from '../../../src/shared/framework/framework';
import { frameworkFileSchema } from '../../../src/shared/framework/frameworkFileSchema';
import { PLAN_STATUS_LABELS, type PlanStatus } from '../../../src/shared/progress/progressRules';
import type { TraineeRow } from '../../../src/shared/trainees/traineeViews';
import { cohortReportDocuments, type CohortReportData } from '../../../src/main/reports/cohortReport';
import { renderPdf } from '../../../src/main/reports/pdfEngine';
import { renderReportJob } from '../../../src/main/reports/renderReportJob';
import { seedJson } from '../../fixtures/frameworkFiles';
import { readPdf, squashed } from './pdfInspect';

const FRAMEWORKS = ['51-8099.00', '43-9071.00'].map((soc) =>
  normaliseFramework(frameworkFileSchema.parse(seedJson(soc)), 'bundled'),
);
const STATUSES = Object.keys(PLAN_STATUS_LABELS) as PlanStatus[];
const HEADER = 'Trainee Badge ID Team Trainer Framework Target Attained Progress Status Last activity';
const ATTRIBUTION_TITLE = 'Sources and attribution';

/** A name that wraps over three lines in the Trainee column, so a row cut between pages would show. */
const LONG = 'Aleksandrowicz-Wolfeschlegelsteinhausen Konstantinopoulou';

/** One plan per trainee, the statuses in turn; every fourth trainee has no badge ID. */
function rows(count: number, { longNames = false } = {}): TraineeRow[] {
  return Array.from({ length: count }, (_, i) => {
    const framework = FRAMEWORKS[i % 2] ?? FRAMEWORKS[0];
    if (!framework) throw new Error('seeds');
    return {
      id: `t-${String(i)}`,
      fullName: `Trainee ${String(i).padStart(3, '0')}${longNames ? ` ${LONG}` : ''}`,
      employeeId: i % 4 === 0 ? null : `B-${String(1000 + i)}`,
      team: 'Line 1',
      site: 'Leeds',
      trainer: 'Maria Keane',
      archived: false,
      plans: [
        {
          planId: `p-${String(i)}`,
          frameworkId: framework.id,
          frameworkTitle: framework.occupation.title,
          soc: framework.occupation.soc,
          targetLevel: 'emerging',
          targetDate: null,
          attained: null,
          toTarget: { achieved: 0, total: 10, percent: 0 },
          expectedPercent: null,
          status: STATUSES[i % STATUSES.length] ?? 'no_date',
        },
      ],
      nextTargetDate: null,
      lastActivity: '2026-11-01',
      lastEditedAt: '2026-11-01T09:00:00.000Z',
    };
  });
}

const data = (of: TraineeRow[]): CohortReportData => ({
  organisationName: 'Northfield Components Ltd',
  generatedAt: new Date('2026-11-22T10:00:00Z'),
  rows: of,
  frameworks: FRAMEWORKS,
  filterDescription: '',
  paperSize: 'A4',
  order: 'team',
});

/** A row as the report prints it, cell after cell, without the spaces where its cells wrap. */
const rowText = (row: TraineeRow): string => {
  const plan = row.plans[0];
  return squashed(
    `${row.fullName} ${row.employeeId ?? '—'} ${row.team} ${row.trainer} ${plan?.frameworkTitle ?? ''} Emerging Not yet Emerging 0% ${plan ? PLAN_STATUS_LABELS[plan.status] : ''} ${formatDate(row.lastActivity)}`,
  );
};

/**
 * The first number of rows, from `from` on, whose last page held nothing but the attribution when
 * the table was laid out as it comes: that layout is the first a report is given (slice.document).
 */
async function countLeavingAttributionAlone(from: number): Promise<number> {
  for (let count = from; count < from + 120; count += 1) {
    const [slice] = [...cohortReportDocuments(data(rows(count))).slices];
    if (!slice) throw new Error('no slice');
    const { pages } = await readPdf((await renderPdf(slice.document)).bytes);
    if (pages.at(-1)?.startsWith(ATTRIBUTION_TITLE)) return count;
  }
  throw new Error('no row count left the attribution alone');
}

describe('cohort report pages', () => {
  it('never cuts a row between pages, repeats the header, and shows every badge ID (— when none)', async () => {
    const trainees = rows(150, { longNames: true });
    const { bytes } = await renderReportJob({ kind: 'cohort', data: data(trainees) });
    const pdf = await readPdf(bytes, 'cohort-long-rows.pdf');
    expect(pdf.pages.length).toBeGreaterThan(5);
    const pages = pdf.pages.map(squashed);
    for (const row of trainees) {
      // The whole row, name to last activity, on one page: the name's three lines, its badge, its status.
      expect(
        pages.filter((page) => page.includes(rowText(row))),
        row.fullName,
      ).toHaveLength(1);
    }
    pdf.pages.forEach((page) => expect(page).toContain(HEADER));
    expect(squashed(pdf.all)).toContain(squashed(`Trainee 000 ${LONG} — Line 1`));
    expect(squashed(pdf.all)).toContain(squashed(`Trainee 001 ${LONG} B-1001 Line 1`));
  });

  it('keeps the attribution with the last rows instead of on a page of its own', async () => {
    const count = await countLeavingAttributionAlone(20);
    const trainees = rows(count);
    const { bytes, pageCount } = await renderReportJob({ kind: 'cohort', data: data(trainees) });
    const pdf = await readPdf(bytes, 'cohort-attribution-kept.pdf');
    expect(pdf.pages).toHaveLength(pageCount);
    for (const page of pdf.pages) expect(page.startsWith(ATTRIBUTION_TITLE)).toBe(false);
    const last = pdf.pages.at(-1) ?? '';
    // The last page: the header, then the last trainees, then the attribution.
    const lastTrainee = trainees.at(-1)?.fullName ?? '';
    expect(last).toMatch(new RegExp(`^${HEADER} Trainee \\d{3} .*${lastTrainee} .*${ATTRIBUTION_TITLE} `));
    expect(last).toContain('Plant and System Operators, All Other (51-8099.00, v.26.05): O*NET v30.2');
    // Every trainee is listed once, none twice where the table was cut.
    for (const row of trainees) expect(pdf.all.split(`${row.fullName} `)).toHaveLength(2);
    pdf.pages.forEach((page, i) => expect(page).toContain(`Page ${String(i + 1)} of ${String(pdf.pages.length)}`));
  });

  it('gives each status its own colour, in the table and the summary, beside its word', () => {
    const [slice] = [...cohortReportDocuments(data(rows(10))).slices];
    const text = (cell: TableCell): string =>
      typeof cell === 'string' ? cell : 'text' in cell && typeof cell.text === 'string' ? cell.text : '';
    const fill = (cell: TableCell): unknown =>
      typeof cell === 'object' && 'fillColor' in cell ? cell.fillColor : null;
    const tables: TableCell[][][] = [];
    const collect = (node: Content): void => {
      if (typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(collect);
      if ('table' in node && node.table) tables.push(node.table.body);
      if ('stack' in node && node.stack) node.stack.forEach(collect);
      if ('columns' in node && node.columns) node.columns.forEach(collect);
    };
    collect(slice?.document.content ?? []);
    const statusCells = tables.flat(2).filter((cell) => STATUSES.some((s) => PLAN_STATUS_LABELS[s] === text(cell)));
    // Six in the summary (one per status), ten in the table.
    expect(statusCells).toHaveLength(16);
    const colourOf = new Map<string, unknown>();
    for (const cell of statusCells) {
      const colour = fill(cell);
      expect(colour, text(cell)).toMatch(/^#[0-9a-f]{6}$/);
      expect(colourOf.get(text(cell)) ?? colour).toBe(colour);
      colourOf.set(text(cell), colour);
    }
    expect(new Set(colourOf.values()).size).toBe(STATUSES.length);
  });
});
