import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { FrameworkMatrix, OverviewMatrix } from '../../shared/overview/matrix';
import type { PaperSize } from '../../shared/settings/settings';
import { attributionLinesBlock } from './attributionLines';
import { combinePdfs } from './combinePdfs';
import { evenBands, statementBands } from './matrixBands';
import {
  bandColumns,
  CELL_PADDING,
  COUNT_WIDTH,
  frameworkTable,
  NAME_WIDTH,
  STATEMENT_WIDTH,
  WIDEST_STATEMENT,
} from './matrixPdfFramework';
import { frameworkLegend, overviewLegend, statementKey } from './matrixPdfKey';
import { FRAMEWORK_WIDTH, overviewTable } from './matrixPdfOverview';
import { renderPdf, type RenderedPdf } from './pdfEngine';
import type { ReportProgress } from './reportJobs';
import { baseDocument, contentWidth, footer, titleBlock } from './reportLayout';
import { codeAndVersion } from '../../shared/framework/shownCode';
import { MATRIX_REPORT_TITLE } from './reportTitles';

export { MATRIX_REPORT_TITLE };

/** What the matrix PDF is made of: plain data, cloned to the report worker. */
export interface MatrixPdfData {
  organisationName: string;
  generatedAt: Date;
  /** The filters in words ("Team: Line 1 · Status: Overdue"); empty for everyone. */
  filterDescription: string;
  paperSize: PaperSize;
  matrix: { view: 'framework'; data: FrameworkMatrix } | { view: 'overview'; data: OverviewMatrix };
  /** Each framework shown, with its source and attribution line (every report carries them). */
  attributions: { title: string; line: string }[];
}

/**
 * Table cells per pdfmake document: pdfmake holds a whole document's layout in memory (the cohort
 * report's slices are about 25,000 cells too), so a big matrix is made in slices and joined.
 */
export const CELLS_PER_DOCUMENT = 25_000;

/** Room kept at the right edge for the table's vertical lines. */
const LINE_ROOM = 10;

/** One table of the matrix: a band of columns for a run of rows. */
interface TablePart {
  cells: number;
  table: () => Content;
}

function frameworkParts(matrix: FrameworkMatrix, paperSize: PaperSize, cellBudget: number): TablePart[] {
  const room = contentWidth(paperSize, true) - NAME_WIDTH - 2 * CELL_PADDING - LINE_ROOM;
  const count = COUNT_WIDTH + 2 * CELL_PADDING + 0.8;
  const bands = statementBands(matrix.levels, { room, statement: STATEMENT_WIDTH + 2 * CELL_PADDING + 0.2, count });
  return bands.flatMap((band, b) => {
    const columns = bandColumns(band);
    const statements = band.groups.reduce((sum, g) => sum + g.to - g.from, 0);
    const counts = band.groups.filter((g) => g.withCount).length;
    // The band's columns widened to fill the page, so a band of two levels is not squeezed into half of it.
    const statementWidth = Math.min(
      WIDEST_STATEMENT,
      Math.max(STATEMENT_WIDTH, (room - counts * count) / Math.max(1, statements) - 2 * CELL_PADDING - 0.2),
    );
    const perTable = Math.max(1, Math.floor(cellBudget / columns));
    return runs(matrix.rows.length, perTable).map(({ from, to }) => ({
      cells: (to - from) * columns,
      table: () => frameworkTable(matrix, { band, part: b + 1, parts: bands.length, from, to, statementWidth }),
    }));
  });
}

function overviewParts(overview: OverviewMatrix, paperSize: PaperSize, cellBudget: number): TablePart[] {
  const room = contentWidth(paperSize, true) - NAME_WIDTH - 2 * CELL_PADDING - LINE_ROOM;
  const bands = evenBands(overview.frameworks.length, room, FRAMEWORK_WIDTH + 2 * (CELL_PADDING + 1) + 0.4);
  return bands.flatMap((band, b) => {
    const columns = 1 + band.to - band.from;
    const perTable = Math.max(1, Math.floor(cellBudget / columns));
    return runs(overview.rows.length, perTable).map(({ from, to }) => ({
      cells: (to - from) * columns,
      table: () => overviewTable(overview, { band, part: b + 1, parts: bands.length, from, to }),
    }));
  });
}

/** `count` rows in runs of at most `size`; no rows is one empty run, so the table still says so. */
function runs(count: number, size: number): { from: number; to: number }[] {
  const result: { from: number; to: number }[] = [];
  for (let from = 0; from < count; from += size) result.push({ from, to: Math.min(count, from + size) });
  return result.length > 0 ? result : [{ from: 0, to: 0 }];
}

function describe(data: MatrixPdfData): { heading: string; selection: string } {
  const { matrix } = data;
  const rows = matrix.data.rows.length;
  const trainees = `${String(rows)} of ${String(matrix.data.all)} trainee${matrix.data.all === 1 ? '' : 's'}`;
  const filter = data.filterDescription || 'all trainees';
  if (matrix.view === 'framework') {
    const f = matrix.data.framework;
    return {
      heading: `${f.title} (${codeAndVersion({ soc: f.soc }, f.version)}) · ${trainees} · ${filter}`,
      selection: `${f.title} · ${trainees} · ${filter}`,
    };
  }
  return {
    heading: `Every framework · ${trainees} · ${filter}`,
    selection: `Every framework · ${trainees} · ${filter}`,
  };
}

export interface MatrixPdfDocuments {
  count: number;
  /** Each document, built when asked for: render one before asking for the next. */
  documents: Generator<TDocumentDefinitions, void, undefined>;
}

/**
 * The matrix as pdfmake documents: each band of columns for all rows in turn (a wide framework's name
 * column is on every page), then the statement key and the attribution. The first opens with the
 * title and legend; page numbers are stamped on the joined file when there is more than one.
 */
export function matrixPdfDocuments(data: MatrixPdfData, cellBudget = CELLS_PER_DOCUMENT): MatrixPdfDocuments {
  const parts =
    data.matrix.view === 'framework'
      ? frameworkParts(data.matrix.data, data.paperSize, cellBudget)
      : overviewParts(data.matrix.data, data.paperSize, cellBudget);
  const groups: TablePart[][] = [];
  let cells = Infinity;
  for (const part of parts) {
    if (cells + part.cells > cellBudget) {
      groups.push([]);
      cells = 0;
    }
    groups.at(-1)?.push(part);
    cells += part.cells;
  }
  return { count: groups.length, documents: documentsOf(data, groups) };
}

function* documentsOf(data: MatrixPdfData, groups: TablePart[][]): Generator<TDocumentDefinitions, void, undefined> {
  const width = contentWidth(data.paperSize, true);
  const { heading, selection } = describe(data);
  const { matrix } = data;
  for (const [index, group] of groups.entries()) {
    const content: Content[] = [];
    if (index === 0) {
      content.push(
        titleBlock(data.organisationName, MATRIX_REPORT_TITLE, data.generatedAt, width, heading),
        matrix.view === 'framework' ? frameworkLegend() : overviewLegend(),
      );
    }
    group.forEach((part, i) => {
      const table = part.table();
      content.push(i === 0 ? table : { stack: [table], pageBreak: 'before' });
    });
    if (index === groups.length - 1) {
      if (matrix.view === 'framework') content.push(statementKey(matrix.data));
      if (data.attributions.length > 0) content.push(attributionLinesBlock(data.attributions));
    }
    yield {
      ...baseDocument(data.paperSize, true, MATRIX_REPORT_TITLE),
      footer: footer({ before: `${MATRIX_REPORT_TITLE} · `, shorten: selection }, data.generatedAt, width, {
        pageNumbers: groups.length === 1,
      }),
      content,
    };
  }
}

/** The matrix as a landscape PDF; wide frameworks split across pages, the name column on each. */
export async function renderMatrixPdf(
  data: MatrixPdfData,
  onProgress: (progress: ReportProgress) => void = () => undefined,
  cellBudget = CELLS_PER_DOCUMENT,
): Promise<RenderedPdf> {
  const { count, documents } = matrixPdfDocuments(data, cellBudget);
  const rendered: Uint8Array[] = [];
  // One document at a time, each let go once rendered, so only one slice's layout is in memory.
  for (const document of documents) {
    if (count > 1) onProgress({ done: rendered.length, total: count + 1 });
    const pdf = await renderPdf(document);
    if (count === 1) return pdf;
    rendered.push(pdf.bytes);
  }
  onProgress({ done: rendered.length, total: count + 1 });
  return combinePdfs(rendered, MATRIX_REPORT_TITLE, { numberPages: true });
}
