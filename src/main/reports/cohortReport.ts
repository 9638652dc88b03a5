import type { Content, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate } from '../../shared/dates';
import type { Framework } from '../../shared/framework/framework';
import { LEVEL_KEYS, LEVEL_LABELS } from '../../shared/framework/levels';
import {
  attainedLabel,
  NOT_YET_EMERGING,
  PLAN_STATUS_LABELS,
  type PlanStatus,
} from '../../shared/progress/progressRules';
import type { PaperSize } from '../../shared/settings/settings';
import type { TraineeRow } from '../../shared/trainees/traineeViews';
import { breakLongWords } from './pdfText';
import { attributionBlock, baseDocument, contentWidth, footer, titleBlock } from './reportLayout';

export const COHORT_REPORT_TITLE = 'Cohort progression report';

export interface CohortReportData {
  organisationName: string;
  generatedAt: Date;
  rows: TraineeRow[];
  frameworks: Framework[];
  /** The filters in words, e.g. "Team: Line 1 · Status: Overdue"; empty for everyone. */
  filterDescription: string;
  paperSize: PaperSize;
}

const STATUS_ORDER: PlanStatus[] = ['overdue', 'behind', 'due_soon', 'on_track', 'no_date', 'met'];
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Trainees by team then name; each plan its own line. */
export function sortForCohort(rows: readonly TraineeRow[]): TraineeRow[] {
  return [...rows].sort((a, b) => collator.compare(a.team, b.team) || collator.compare(a.fullName, b.fullName));
}

const cell = (text: string, extra: { bold?: boolean } = {}): TableCell => ({ text, ...extra });

function summary(rows: readonly TraineeRow[], frameworks: readonly Framework[]): Content {
  const plans = rows.flatMap((r) => r.plans);
  const noPlan = rows.filter((r) => r.plans.length === 0).length;
  const statusTable: TableCell[][] = [
    [cell('Status', { bold: true }), cell('Plans', { bold: true })],
    ...STATUS_ORDER.map((s) => [cell(PLAN_STATUS_LABELS[s]), cell(String(plans.filter((p) => p.status === s).length))]),
    [cell('Trainees with no plan'), cell(String(noPlan))],
  ];
  const levelColumns = [null, ...LEVEL_KEYS] as const;
  const levelTable: TableCell[][] = [
    [
      cell('Framework', { bold: true }),
      ...levelColumns.map((l) => cell(l === null ? NOT_YET_EMERGING : LEVEL_LABELS[l], { bold: true })),
      cell('Plans', { bold: true }),
    ],
  ];
  for (const framework of frameworks) {
    const its = plans.filter((p) => p.frameworkId === framework.id);
    if (its.length === 0) continue;
    levelTable.push([
      cell(breakLongWords(`${framework.occupation.title} (${framework.version})`)),
      ...levelColumns.map((l) => cell(String(its.filter((p) => p.attained === l).length))),
      cell(String(its.length)),
    ]);
  }
  return {
    columns: [
      {
        width: 170,
        stack: [
          { text: 'Plans by status', bold: true, margin: [0, 0, 0, 4] },
          { table: { widths: ['*', 40], body: statusTable }, layout: 'lightHorizontalLines', fontSize: 9 },
        ],
      },
      {
        width: '*',
        stack: [
          { text: 'Attained level by framework', bold: true, margin: [0, 0, 0, 4] },
          levelTable.length > 1
            ? {
                table: { headerRows: 1, widths: ['*', 62, 55, 60, 58, 55, 36], body: levelTable },
                layout: 'lightHorizontalLines',
                fontSize: 9,
              }
            : { text: 'No plans in this selection.', italics: true },
        ],
      },
    ],
    columnGap: 24,
    margin: [0, 4, 0, 12],
  };
}

const HEADER = ['Trainee', 'Team', 'Trainer', 'Framework', 'Target', 'Attained', 'Progress', 'Status', 'Last activity'];

/** The table's rows, one trainee's plans at a time, so a slice's cells exist only while it is made. */
function* tableRows(rows: readonly TraineeRow[]): Generator<TableCell[], void, undefined> {
  for (const row of sortForCohort(rows)) {
    const name = breakLongWords(row.archived ? `${row.fullName} (archived)` : row.fullName);
    const common = [name, breakLongWords(row.team), breakLongWords(row.trainer)];
    const last = formatDate(row.lastActivity);
    if (row.plans.length === 0) {
      yield [...common, 'No plan yet', '', '', '', '', last];
      continue;
    }
    for (const plan of row.plans) {
      yield [
        ...common,
        breakLongWords(plan.frameworkTitle),
        `${LEVEL_LABELS[plan.targetLevel]}${plan.targetDate ? ` by ${formatDate(plan.targetDate)}` : ''}`,
        attainedLabel(plan.attained),
        `${plan.toTarget.percent}%`,
        PLAN_STATUS_LABELS[plan.status],
        last,
      ];
    }
  }
}

/** Rows per pdfmake document: pdfmake holds a whole table's layout in memory, so long reports are made in slices. */
export const ROWS_PER_SLICE = 2500;

/**
 * Module-level on purpose: pdfmake writes its measurements into the cells it lays out, and a closure
 * made per slice would keep every slice's cells (and those measurements) alive until the last is done.
 */
const TABLE_LAYOUT: CustomTableLayout = {
  hLineWidth: (i) => (i <= 1 ? 0.8 : 0.3),
  vLineWidth: () => 0,
  hLineColor: () => '#dee2e6',
  fillColor: (i) => (i > 0 && i % 2 === 0 ? '#f8f9fa' : null),
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

export interface CohortReportDocuments {
  /** How many slices (pdfmake documents) the report is made of. */
  count: number;
  /** Each slice's document, built when asked for: render one before asking for the next. */
  documents: Generator<TDocumentDefinitions, void, undefined>;
}

/**
 * The manager's view: a summary, then every plan in a table whose header repeats on each page.
 * Made of one document per slice of rows; the first carries the title and summary, the last the
 * attribution. Page numbers are stamped on the joined file, since no slice knows the total.
 */
export function cohortReportDocuments(data: CohortReportData, rowsPerSlice = ROWS_PER_SLICE): CohortReportDocuments {
  const tableRowCount = data.rows.reduce((sum, row) => sum + Math.max(1, row.plans.length), 0);
  const count = Math.max(1, Math.ceil(tableRowCount / rowsPerSlice));
  return { count, documents: sliceDocuments(data, rowsPerSlice, count) };
}

function* sliceDocuments(
  data: CohortReportData,
  rowsPerSlice: number,
  count: number,
): Generator<TDocumentDefinitions, void, undefined> {
  const { rows, generatedAt } = data;
  const width = contentWidth(data.paperSize, true);
  const selection = `${rows.length} trainee${rows.length === 1 ? '' : 's'}${data.filterDescription ? ` · ${data.filterDescription}` : ' · all trainees'}`;
  const frameworksUsed = data.frameworks.filter((f) => rows.some((r) => r.plans.some((p) => p.frameworkId === f.id)));

  const document = (slice: TableCell[][], index: number): TDocumentDefinitions => {
    const content: Content[] = [];
    if (index === 0) {
      content.push(
        titleBlock(data.organisationName, COHORT_REPORT_TITLE, generatedAt, width, selection),
        summary(rows, data.frameworks),
      );
    }
    content.push(
      slice.length === 0
        ? { text: 'No trainees match this selection.', italics: true }
        : {
            table: {
              headerRows: 1,
              widths: [118, 62, 72, '*', 96, 74, 42, 62, 58],
              body: [HEADER.map((h) => ({ text: h, style: 'tableHeader' })), ...slice],
            },
            layout: TABLE_LAYOUT,
            fontSize: 8.5,
          },
    );
    if (index === count - 1 && frameworksUsed.length > 0) content.push(attributionBlock(frameworksUsed));
    return {
      ...baseDocument(data.paperSize, true, COHORT_REPORT_TITLE),
      // A report of one slice numbers its own pages; slices get theirs when joined.
      footer: footer(`${COHORT_REPORT_TITLE} · ${selection}`, generatedAt, { pageNumbers: count === 1 }),
      content,
    };
  };

  let slice: TableCell[][] = [];
  let index = 0;
  for (const row of tableRows(rows)) {
    slice.push(row);
    if (slice.length < rowsPerSlice) continue;
    yield document(slice, index);
    slice = [];
    index += 1;
  }
  if (slice.length > 0 || index === 0) yield document(slice, index);
}
