import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import { LEVEL_LABELS } from '../../shared/framework/levels';
import type { OverviewCell, OverviewMatrix, OverviewRow } from '../../shared/overview/matrix';
import { attainedLabel, PLAN_STATUS_LABELS } from '../../shared/progress/progressRules';
import { CELL_PADDING, NAME_WIDTH } from './matrixPdfFramework';
import { breakLongWords } from './pdfText';
import { STATUS_FILLS } from './statusColours';
import { shownCode } from '../../shared/framework/shownCode';

/** A framework column: room for "Not yet Emerging → Proficient" on two lines. */
export const FRAMEWORK_WIDTH = 92;
const HEADER_FILL = '#eef3f1';
const COVERAGE_FILL = '#f1f3f5';
export const OVERVIEW_HEADER_ROWS = 2;

/** A band of framework columns, `from` inclusive, `to` exclusive. */
export interface FrameworkBand {
  from: number;
  to: number;
}

const blank = (): TableCell => ({ text: '' });

const LAYOUT: CustomTableLayout = {
  hLineWidth: (i) => (i === 0 ? 0 : i === OVERVIEW_HEADER_ROWS ? 0.8 : 0.3),
  hLineColor: () => '#ced4da',
  vLineWidth: (i, node) => (i === 0 || i === node.table.widths?.length ? 0 : 0.4),
  vLineColor: () => '#adb5bd',
  paddingLeft: () => CELL_PADDING + 1,
  paddingRight: () => CELL_PADDING + 1,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

function bandLabel(overview: OverviewMatrix, band: FrameworkBand, part: number, parts: number): string {
  const total = overview.frameworks.length;
  if (total === 0) return 'No frameworks in use';
  const which =
    band.to - band.from === 1
      ? `Framework ${String(band.from + 1)}`
      : `Frameworks ${String(band.from + 1)}–${String(band.to)}`;
  return `${which} of ${String(total)}${parts > 1 ? `, part ${String(part)} of ${String(parts)}` : ''}`;
}

function planCell(cell: OverviewCell | null): TableCell {
  if (!cell) return { text: '—', color: '#868e96', alignment: 'center' };
  return {
    stack: [
      // The attained level, then the target it is heading for.
      { text: `${attainedLabel(cell.attained)} › ${LEVEL_LABELS[cell.targetLevel]}`, bold: true },
      { text: `${PLAN_STATUS_LABELS[cell.status]} · ${String(cell.toTarget.percent)}%`, fontSize: 6.5 },
    ],
    fillColor: STATUS_FILLS[cell.status],
  };
}

function personCell(row: OverviewRow): TableCell {
  const who = [row.employeeId?.trim(), row.team.trim()].filter(Boolean).join(' · ');
  return {
    stack: [
      { text: breakLongWords(row.archived ? `${row.fullName} (archived)` : row.fullName), bold: true, fontSize: 7.5 },
      ...(who ? [{ text: breakLongWords(who), fontSize: 6.5 }] : []),
    ],
  };
}

function coverageCell(overview: OverviewMatrix, index: number): TableCell {
  const coverage = overview.coverage[index];
  if (!coverage) return { text: '', fillColor: COVERAGE_FILL };
  return {
    stack: [
      {
        text: `${String(coverage.plans)} plan${coverage.plans === 1 ? '' : 's'} · ${String(coverage.met)} met`,
        bold: true,
      },
      ...coverage.atLeast.map((l) => ({ text: `${LEVEL_LABELS[l.key]} or above: ${String(l.plans)}`, fontSize: 6.5 })),
    ],
    fillColor: COVERAGE_FILL,
  };
}

export interface OverviewTablePart {
  band: FrameworkBand;
  part: number;
  parts: number;
  from: number;
  to: number;
}

/** One band of framework columns for a run of rows, the name column first on every page. */
export function overviewTable(overview: OverviewMatrix, { band, part, parts, from, to }: OverviewTablePart): Content {
  const columns = 1 + band.to - band.from;
  const widths = [NAME_WIDTH, ...Array.from({ length: band.to - band.from }, () => FRAMEWORK_WIDTH)];
  const body: TableCell[][] = [
    [
      {
        text: [{ text: 'Every framework', bold: true }, ` · ${bandLabel(overview, band, part, parts)}`],
        colSpan: columns,
        fontSize: 8.5,
        border: [false, false, false, false],
        margin: [0, 0, 0, 2],
      },
      ...Array.from({ length: columns - 1 }, blank),
    ],
    [
      { text: 'Trainee', bold: true, fontSize: 8, fillColor: HEADER_FILL },
      ...overview.frameworks.slice(band.from, band.to).map((f): TableCell => ({
        stack: [
          { text: breakLongWords(f.title), bold: true },
          { text: shownCode({ soc: f.soc }) ?? '', fontSize: 6 },
        ],
        fillColor: HEADER_FILL,
      })),
    ],
  ];
  for (let r = from; r < to; r += 1) {
    const row = overview.rows[r];
    if (!row) continue;
    const cells: TableCell[] = [personCell(row)];
    for (let f = band.from; f < band.to; f += 1) cells.push(planCell(row.cells[f] ?? null));
    body.push(cells);
  }
  if (overview.rows.length === 0) {
    body.push([
      { text: 'No trainees match this selection.', italics: true, colSpan: columns },
      ...Array.from({ length: columns - 1 }, blank),
    ]);
  }
  if (to >= overview.rows.length) {
    const rows = overview.rows.length;
    body.push([
      {
        stack: [
          { text: 'Coverage', bold: true, fontSize: 7.5 },
          { text: `of ${String(rows)} trainee${rows === 1 ? '' : 's'}`, fontSize: 6.5 },
        ],
        fillColor: COVERAGE_FILL,
      },
      ...Array.from({ length: band.to - band.from }, (_, i) => coverageCell(overview, band.from + i)),
    ]);
  }
  return {
    table: { headerRows: OVERVIEW_HEADER_ROWS, dontBreakRows: true, widths, body },
    layout: LAYOUT,
    fontSize: 7,
    lineHeight: 1.05,
  };
}
