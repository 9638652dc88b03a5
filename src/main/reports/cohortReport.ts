import type { Content, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate } from '../../shared/dates';
import type { Framework } from '../../shared/framework/framework';
import { LEVEL_LABELS } from '../../shared/framework/levels';
import { attainedLabel, type PlanStatus } from '../../shared/progress/progressRules';
import type { PaperSize } from '../../shared/settings/settings';
import { sortRows } from '../../shared/trainees/traineeFilter';
import type { TraineeRow } from '../../shared/trainees/traineeViews';
import type { CohortOrder } from '../../shared/reports/reportOptions';
import { cohortSummary } from './cohortSummary';
import { breakLongWords } from './pdfText';
import { attributionBlock, baseDocument, contentWidth, footer, titleBlock } from './reportLayout';
import { statusCell } from './statusColours';
import { COHORT_REPORT_TITLE } from './reportTitles';

export { COHORT_REPORT_TITLE };

export interface CohortReportData {
  organisationName: string;
  generatedAt: Date;
  rows: TraineeRow[];
  frameworks: Framework[];
  /** The filters in words, e.g. "Team: Line 1 · Status: Overdue"; empty for everyone. */
  filterDescription: string;
  paperSize: PaperSize;
  order: CohortOrder;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Trainees by team then name, or most urgent first (overdue, behind, due soon, on track, no date, met,
 * no plan; by name within each), as the list sorts by status; each plan its own line.
 */
export function sortForCohort(rows: readonly TraineeRow[], order: CohortOrder = 'team'): TraineeRow[] {
  if (order === 'urgency') return sortRows(rows, 'status', 'asc');
  return [...rows].sort((a, b) => collator.compare(a.team, b.team) || collator.compare(a.fullName, b.fullName));
}

const HEADER = [
  'Trainee',
  'Badge ID',
  'Team',
  'Trainer',
  'Framework',
  'Target',
  'Attained',
  'Progress',
  'Status',
  'Last activity',
];
/** Landscape A4 leaves the framework about 150 pt, US Letter about 100; the target and dates wrap. */
const WIDTHS = [98, 48, 60, 64, '*', 64, 56, 40, 56, 48];

/** One table row as words, and the plan's status (null for a trainee with no plan) for its colour. */
interface CohortLine {
  words: string[];
  status: PlanStatus | null;
}

/** The table's rows, one trainee's plans at a time, so a slice's rows exist only while it is made. */
function* tableLines(rows: readonly TraineeRow[], order: CohortOrder): Generator<CohortLine, void, undefined> {
  for (const row of sortForCohort(rows, order)) {
    const name = breakLongWords(row.archived ? `${row.fullName} (archived)` : row.fullName);
    const common = [
      name,
      breakLongWords(row.employeeId?.trim() || '—'),
      breakLongWords(row.team),
      breakLongWords(row.trainer),
    ];
    const last = formatDate(row.lastActivity);
    if (row.plans.length === 0) {
      yield { words: [...common, 'No plan yet', '', '', '', '', last], status: null };
      continue;
    }
    for (const plan of row.plans) {
      yield {
        words: [
          ...common,
          breakLongWords(plan.frameworkTitle),
          `${LEVEL_LABELS[plan.targetLevel]}${plan.targetDate ? ` by ${wholeDate(plan.targetDate)}` : ''}`,
          attainedLabel(plan.attained),
          `${plan.toTarget.percent}%`,
          '',
          last,
        ],
        status: plan.status,
      };
    }
  }
}

/** A date that wraps as one piece ("Emerging by / 1 Nov 2026", never "by 1 / Nov 2026"). */
const wholeDate = (date: string): string => formatDate(date).replace(/ /g, '\u00a0');

const STATUS_COLUMN = HEADER.indexOf('Status');

/** Marks the table's last cell for the layout probe (pdfmake hands a node's headline level to pageBreakBefore). */
const LAST_CELL_MARK = 9;

/** Fresh cells on every call: pdfmake writes its measurements into the cells it lays out. */
function cellsOf({ words, status }: CohortLine, marked = false): TableCell[] {
  return words.map((text, i) => {
    if (i === STATUS_COLUMN && status !== null) return statusCell(status);
    return marked && i === words.length - 1 ? { text, headlineLevel: LAST_CELL_MARK } : text;
  });
}

/** Rows per pdfmake document: pdfmake holds a whole table's layout in memory, so long reports are made in slices. */
export const ROWS_PER_SLICE = 2500;

/** Rows in the last slice of a report longer than one slice (see cohortReportDocuments). */
export const LAST_SLICE_ROWS = 100;

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

function table(lines: readonly CohortLine[]): Content {
  return {
    table: {
      // The header repeats on every page, and a row is never cut in two: a row starts where it ends.
      headerRows: 1,
      dontBreakRows: true,
      widths: WIDTHS,
      body: [
        HEADER.map((h) => ({ text: h, style: 'tableHeader' })),
        ...lines.map((line, i) => cellsOf(line, i === lines.length - 1)),
      ],
    },
    layout: TABLE_LAYOUT,
    fontSize: 8.5,
  };
}

/** Rows that go with the attribution to its page when it would otherwise stand there alone. */
export const ROWS_WITH_ATTRIBUTION = 3;

/** One pdfmake document of the cohort report: one slice of the table's rows. */
export interface CohortSlice {
  document: TDocumentDefinitions;
  /**
   * After `document` was rendered: the same slice with its last rows moved to a new page with the
   * attribution, if the attribution stood alone on the last page; null when it did not (or has none).
   */
  keepingAttributionWithRows: () => TDocumentDefinitions | null;
}

export interface CohortReportDocuments {
  /** How many slices (pdfmake documents) the report is made of. */
  count: number;
  /** Each slice, built when asked for: render one before asking for the next. */
  slices: Generator<CohortSlice, void, undefined>;
}

/**
 * The manager's view: a summary, then every plan in a table whose header repeats on each page.
 * Made of one document per slice of rows; the first carries the title and summary, the last the
 * attribution. Page numbers are stamped on the joined file, since no slice knows the total.
 */
export function cohortReportDocuments(
  data: CohortReportData,
  rowsPerSlice = ROWS_PER_SLICE,
  lastSliceRows = LAST_SLICE_ROWS,
): CohortReportDocuments {
  const tableRowCount = data.rows.reduce((sum, row) => sum + Math.max(1, row.plans.length), 0);
  // The last slice carries the attribution and the layout probe, which costs pdfmake time for every row
  // of its document: a long report ends with a short slice of its own.
  // The rows left over after whole slices make that last slice when they are few; only a larger remainder is
  // split, so no slice of a handful of rows leaves a near-empty page behind it.
  const last = Math.min(lastSliceRows, rowsPerSlice);
  const remainder = tableRowCount % rowsPerSlice;
  const tail = tableRowCount <= rowsPerSlice ? 0 : remainder > 0 && remainder <= 2 * last ? remainder : last;
  const head = tableRowCount - tail;
  const count = Math.max(1, Math.ceil(head / rowsPerSlice) + (tail > 0 ? 1 : 0));
  return { count, slices: sliceDocuments(data, rowsPerSlice, head, count) };
}

function* sliceDocuments(
  data: CohortReportData,
  rowsPerSlice: number,
  head: number,
  count: number,
): Generator<CohortSlice, void, undefined> {
  const { rows, generatedAt } = data;
  const width = contentWidth(data.paperSize, true);
  const selection = `${rows.length} trainee${rows.length === 1 ? '' : 's'}${data.filterDescription ? ` · ${data.filterDescription}` : ' · all trainees'}`;
  const frameworksUsed = data.frameworks.filter((f) => rows.some((r) => r.plans.some((p) => p.frameworkId === f.id)));

  /**
   * `carried` rows of the slice's end open a new page with the attribution: pdfmake cannot keep a
   * table's last rows with what follows it, so the table is cut in two there and the second part,
   * which starts with its own header, starts the page.
   */
  const document = (
    lines: readonly CohortLine[],
    index: number,
    carried: number,
    probe?: (alone: boolean) => void,
  ): TDocumentDefinitions => {
    const content: Content[] = [];
    if (index === 0) {
      content.push(
        titleBlock(data.organisationName, COHORT_REPORT_TITLE, generatedAt, width, selection),
        cohortSummary(rows, data.frameworks),
      );
    }
    const withAttribution = index === count - 1 && frameworksUsed.length > 0;
    const attribution: Content[] = withAttribution ? [attributionBlock(frameworksUsed)] : [];
    if (lines.length === 0) {
      content.push({ text: 'No trainees match this selection.', italics: true }, ...attribution);
    } else if (carried === 0) {
      content.push(table(lines), ...attribution);
    } else {
      const kept = lines.slice(0, lines.length - carried);
      if (kept.length > 0) content.push(table(kept));
      content.push({
        // A slice that is not the first starts on a page of its own already.
        ...(kept.length > 0 || index === 0 ? { pageBreak: 'before' as const } : {}),
        stack: [table(lines.slice(lines.length - carried)), ...attribution],
      });
    }
    return {
      ...baseDocument(data.paperSize, true, COHORT_REPORT_TITLE),
      // A report of one slice numbers its own pages; slices get theirs when joined.
      footer: footer({ before: `${COHORT_REPORT_TITLE} · `, shorten: selection }, generatedAt, width, {
        pageNumbers: count === 1,
      }),
      content,
      ...(probe
        ? {
            // Changes nothing in the layout: notes whether the last row ends before the last page, which
            // then holds only what follows the table, the attribution.
            pageBreakBefore: (node) => {
              if (node.headlineLevel === LAST_CELL_MARK) probe((node.pageNumbers.at(-1) ?? 0) < node.pages);
              return false;
            },
          }
        : {}),
    };
  };

  const slice = (lines: CohortLine[], index: number): CohortSlice => {
    let alone = false;
    const isLast = index === count - 1;
    return {
      document: document(lines, index, 0, isLast ? (a) => (alone = a) : undefined),
      keepingAttributionWithRows: () =>
        alone ? document(lines, index, Math.min(ROWS_WITH_ATTRIBUTION, lines.length), undefined) : null,
    };
  };

  let lines: CohortLine[] = [];
  let index = 0;
  let taken = 0;
  for (const line of tableLines(rows, data.order)) {
    lines.push(line);
    taken += 1;
    if (lines.length < rowsPerSlice && taken !== head) continue;
    yield slice(lines, index);
    lines = [];
    index += 1;
  }
  if (lines.length > 0 || index === 0) yield slice(lines, index);
}
