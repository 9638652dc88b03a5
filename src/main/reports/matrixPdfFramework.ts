import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import { LEVEL_LABELS } from '../../shared/framework/levels';
import type { FrameworkMatrix, FrameworkMatrixRow } from '../../shared/overview/matrix';
import { BRAND } from './drawings';
import { bandRange, statementCode, type StatementBand } from './matrixBands';
import { breakLongWords } from './pdfText';

/** Column widths inside the cell padding; each column also takes its padding on the page. */
export const NAME_WIDTH = 128;
/** The narrowest a statement column gets ("E10" in 6.5 pt); a band with room to spare widens them up to the widest. */
export const STATEMENT_WIDTH = 12;
export const WIDEST_STATEMENT = 24;
export const COUNT_WIDTH = 20;
export const CELL_PADDING = 1.5;
/** The word for an achieved statement: Roboto has no ✓, and a drawn tick could not be read back or searched. */
export const ACHIEVED_MARK = '√';
/** Behind the target level's statements in a row, so the goal stands out along the line. */
export const TARGET_FILL = '#e7f5ff';
const HEADER_FILL = '#eef3f1';
const COVERAGE_FILL = '#f1f3f5';

export const HEADER_ROWS = 3;

/** How many columns a band's table has: the name, then each group's statements and count. */
export function bandColumns(band: StatementBand): number {
  return 1 + band.groups.reduce((sum, g) => sum + (g.to - g.from) + (g.withCount ? 1 : 0), 0);
}

/** The vertical lines drawn heavier: either side of each level, so the levels read as blocks. */
function groupEdges(band: StatementBand): Set<number> {
  const edges = new Set<number>([1]);
  let at = 1;
  for (const g of band.groups) {
    at += g.to - g.from + (g.withCount ? 1 : 0);
    edges.add(at);
  }
  return edges;
}

function layoutFor(band: StatementBand, rows: number): CustomTableLayout {
  const edges = groupEdges(band);
  const columns = bandColumns(band);
  return {
    hLineWidth: (i) => (i === 0 ? 0 : i === HEADER_ROWS || i === HEADER_ROWS + rows ? 0.8 : 0.3),
    hLineColor: () => '#ced4da',
    vLineWidth: (i) => (edges.has(i) ? 0.8 : i === 0 || i === columns ? 0 : 0.2),
    vLineColor: (i) => (edges.has(i) ? '#868e96' : '#dee2e6'),
    paddingLeft: () => CELL_PADDING,
    paddingRight: () => CELL_PADDING,
    paddingTop: () => 1.5,
    paddingBottom: () => 1.5,
  };
}

const blank = (): TableCell => ({ text: '' });

function headerRows(matrix: FrameworkMatrix, band: StatementBand, part: number, parts: number): TableCell[][] {
  const columns = bandColumns(band);
  const title: TableCell[] = [
    {
      text: [
        { text: matrix.framework.title, bold: true },
        ` · statements ${bandRange(band, matrix.statements)}`,
        parts > 1 ? `, part ${String(part)} of ${String(parts)}` : '',
      ],
      colSpan: columns,
      fontSize: 8.5,
      border: [false, false, false, false],
      margin: [0, 0, 0, 2],
    },
    ...Array.from({ length: columns - 1 }, blank),
  ];
  const levels: TableCell[] = [
    { text: 'Trainee', rowSpan: 2, bold: true, fontSize: 8, fillColor: HEADER_FILL, margin: [2, 6, 0, 0] },
  ];
  const codes: TableCell[] = [blank()];
  for (const g of band.groups) {
    const span = g.to - g.from + (g.withCount ? 1 : 0);
    levels.push(
      { text: g.label, colSpan: span, bold: true, alignment: 'center', fillColor: HEADER_FILL, fontSize: 8 },
      ...Array.from({ length: span - 1 }, blank),
    );
    for (let i = g.from; i < g.to; i += 1) {
      const statement = matrix.statements[i];
      codes.push({
        text: statement ? statementCode(statement) : '',
        alignment: 'center',
        noWrap: true,
        fillColor: HEADER_FILL,
      });
    }
    if (g.withCount) codes.push({ text: 'Done', alignment: 'center', bold: true, fillColor: HEADER_FILL });
  }
  return [title, levels, codes];
}

function personCell(row: FrameworkMatrixRow): TableCell {
  const who = [row.employeeId?.trim(), row.team.trim()].filter(Boolean).join(' · ');
  return {
    stack: [
      { text: breakLongWords(row.archived ? `${row.fullName} (archived)` : row.fullName), bold: true, fontSize: 7.5 },
      { text: breakLongWords(`${who ? `${who} · ` : ''}target ${LEVEL_LABELS[row.targetLevel]}`), fontSize: 6.5 },
    ],
    margin: [1, 0, 0, 0],
  };
}

/** Fresh cells on every call: pdfmake writes its measurements into the cells it lays out. */
function rowCells(matrix: FrameworkMatrix, band: StatementBand, row: FrameworkMatrixRow): TableCell[] {
  const cells: TableCell[] = [personCell(row)];
  for (const g of band.groups) {
    const target = g.level === row.targetLevel;
    const fill = target ? { fillColor: TARGET_FILL } : {};
    for (let i = g.from; i < g.to; i += 1) {
      cells.push(
        row.achieved.charCodeAt(i) === 49
          ? { text: ACHIEVED_MARK, color: BRAND, bold: true, alignment: 'center', fontSize: 8.5, ...fill }
          : { text: '', ...fill },
      );
    }
    if (g.withCount) {
      const level = row.levels[g.levelIndex];
      const words = level ? `${String(level.achieved)}/${String(level.total)}` : '';
      cells.push({ text: words, alignment: 'center', bold: target, ...fill });
    }
  }
  return cells;
}

function coverageRow(matrix: FrameworkMatrix, band: StatementBand): TableCell[] {
  const rows = matrix.rows.length;
  const cells: TableCell[] = [
    {
      stack: [
        { text: 'Holders', bold: true, fontSize: 7.5 },
        { text: `of ${String(rows)} trainee${rows === 1 ? '' : 's'}; Done: all of the level`, fontSize: 6.5 },
      ],
      fillColor: COVERAGE_FILL,
      margin: [1, 0, 0, 0],
    },
  ];
  for (const g of band.groups) {
    for (let i = g.from; i < g.to; i += 1) {
      cells.push({
        text: String(matrix.coverage.statements[i] ?? 0),
        alignment: 'center',
        fillColor: COVERAGE_FILL,
        fontSize: 6,
      });
    }
    if (g.withCount) {
      const holders = matrix.coverage.levels[g.levelIndex]?.holders ?? 0;
      cells.push({ text: String(holders), alignment: 'center', bold: true, fillColor: COVERAGE_FILL });
    }
  }
  return cells;
}

export interface FrameworkTablePart {
  band: StatementBand;
  /** 1-based, and how many bands the framework is split into. */
  part: number;
  parts: number;
  /** The rows of `matrix.rows` this table shows; the coverage row follows the band's last rows. */
  from: number;
  to: number;
  /** The band's statement column width, from STATEMENT_WIDTH to WIDEST_STATEMENT. */
  statementWidth: number;
}

/** One band's table for a run of rows; its three header rows repeat on every page, and no row is cut in two. */
export function frameworkTable(
  matrix: FrameworkMatrix,
  { band, part, parts, from, to, statementWidth }: FrameworkTablePart,
): Content {
  const widths: number[] = [NAME_WIDTH];
  for (const g of band.groups) {
    for (let i = g.from; i < g.to; i += 1) widths.push(statementWidth);
    if (g.withCount) widths.push(COUNT_WIDTH);
  }
  const body: TableCell[][] = headerRows(matrix, band, part, parts);
  for (let r = from; r < to; r += 1) {
    const row = matrix.rows[r];
    if (row) body.push(rowCells(matrix, band, row));
  }
  const withCoverage = to >= matrix.rows.length;
  if (withCoverage) body.push(coverageRow(matrix, band));
  if (matrix.rows.length === 0) {
    body.splice(HEADER_ROWS, 0, [
      { text: 'No trainees match this selection.', italics: true, colSpan: widths.length },
      ...Array.from({ length: widths.length - 1 }, blank),
    ]);
  }
  return {
    table: { headerRows: HEADER_ROWS, dontBreakRows: true, widths, body },
    layout: layoutFor(band, body.length - HEADER_ROWS - (withCoverage ? 1 : 0)),
    fontSize: 6.5,
    lineHeight: 1.05,
  };
}
