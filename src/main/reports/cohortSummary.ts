import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Framework } from '../../shared/framework/framework';
import { LEVEL_KEYS, LEVEL_LABELS } from '../../shared/framework/levels';
import { NOT_YET_EMERGING } from '../../shared/progress/progressRules';
import type { TraineeRow } from '../../shared/trainees/traineeViews';
import { breakLongWords } from './pdfText';
import { STATUS_ORDER, statusCell } from './statusColours';

const cell = (text: string, extra: { bold?: boolean } = {}): TableCell => ({ text, ...extra });

/** The cohort report's opening counts: plans by status (in the table's colours) and attained level by framework. */
export function cohortSummary(rows: readonly TraineeRow[], frameworks: readonly Framework[]): Content {
  const plans = rows.flatMap((r) => r.plans);
  const noPlan = rows.filter((r) => r.plans.length === 0).length;
  const statusTable: TableCell[][] = [
    [cell('Status', { bold: true }), cell('Plans', { bold: true })],
    ...STATUS_ORDER.map((s) => [statusCell(s), cell(String(plans.filter((p) => p.status === s).length))]),
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
