import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { cohortReportDocuments } from '../../../src/main/reports/cohortReport';
import type { PlanSummary, TraineeRow } from '../../../src/shared/trainees/traineeViews';

const plan = (n: number): PlanSummary => ({
  planId: `p-${String(n)}`,
  frameworkId: 'f',
  frameworkTitle: 'Framework',
  soc: '51-8099.00',
  targetLevel: 'emerging',
  targetDate: null,
  attained: null,
  toTarget: { achieved: 0, total: 10, percent: 0 },
  expectedPercent: null,
  status: 'no_date',
});

/** Trainees with 0, 1 and 2 plans in turn: each plan is a table row, and a trainee without one is too. */
const rows = (count: number): TraineeRow[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `t-${String(i)}`,
    fullName: `Trainee ${String(i).padStart(3, '0')}`,
    employeeId: null,
    team: 'Line 1',
    site: 'Leeds',
    trainer: 'Maria Keane',
    archived: false,
    plans: Array.from({ length: i % 3 }, (_, k) => plan(i * 10 + k)),
    nextTargetDate: null,
    lastActivity: '2026-11-01',
    lastEditedAt: '2026-11-01T00:00:00.000Z',
  }));

const data = (count: number) => ({
  organisationName: 'Northfield Components Ltd',
  generatedAt: new Date('2026-11-22T10:00:00Z'),
  rows: rows(count),
  frameworks: [],
  filterDescription: '',
  paperSize: 'A4' as const,
  order: 'team' as const,
});

/** The table rows of a slice's document, without the header. */
function tableRowsOf(doc: TDocumentDefinitions): number {
  const contents = doc.content as Content[];
  const table = contents.find((c): c is Extract<Content, { table: unknown }> => typeof c === 'object' && 'table' in c);
  return table ? table.table.body.length - 1 : 0;
}

describe('cohort report slices', () => {
  it.each([
    // trainees, rows per slice, rows in the last slice, table rows in each slice
    [0, 4, 2, [0]],
    [1, 4, 2, [1]],
    // 4 trainees: 1 + 1 + 2 + 1 = 5 table rows.
    [4, 5, 2, [5]],
    // 6 trainees: 1 + 1 + 2 + 1 + 1 + 2 = 8 table rows; past one slice, the last 2 rows make their own.
    // A few rows left over after whole slices are the last slice; a larger remainder is split.
    [6, 4, 2, [4, 2, 2]],
    [7, 4, 2, [4, 4, 1]],
    [7, 4, 9, [4, 4, 1]],
    // 30 trainees: ten of each, 40 table rows.
    [30, 7, 3, [7, 7, 7, 7, 7, 5]],
    [30, 7, 2, [7, 7, 7, 7, 7, 3, 2]],
  ])(
    '%i trainees in slices of %i rows, the last of %i, make documents of %j rows, built as asked for',
    (count, size, last, expected) => {
      const { count: slices, slices: made } = cohortReportDocuments(data(count), size, last);
      expect(slices).toBe(expected.length);
      const docs = [...made].map((slice) => slice.document);
      expect(docs.map(tableRowsOf)).toEqual(expected);
      // Only the first opens with the title and summary.
      docs.forEach((doc, index) => {
        expect(JSON.stringify(doc.content).includes('Cohort progression report')).toBe(index === 0);
      });
    },
  );
});
