import type { Content, TableCell } from 'pdfmake/interfaces';
import type { FrameworkMatrix } from '../../shared/overview/matrix';
import { PLAN_STATUS_LABELS } from '../../shared/progress/progressRules';
import { BRAND, MUTED } from './drawings';
import { statementCode } from './matrixBands';
import { ACHIEVED_MARK, TARGET_FILL } from './matrixPdfFramework';
import { breakLongWords } from './pdfText';
import { STATUS_FILLS, STATUS_ORDER } from './statusColours';

const swatch = (fill: string, text: string): TableCell => ({ text, fillColor: fill, margin: [3, 0, 3, 0] });

/** What the marks of the framework view mean, under the title. */
export function frameworkLegend(): Content {
  return {
    table: {
      body: [
        [
          { text: ACHIEVED_MARK, color: BRAND, bold: true },
          { text: 'statement achieved' },
          swatch(TARGET_FILL, 'the trainee’s target level'),
          { text: 'Done: statements achieved in the level, of all of them' },
          { text: 'Holders: how many trainees hold each statement; under Done, how many hold the whole level' },
        ],
      ],
    },
    layout: { defaultBorder: false, paddingLeft: () => 2, paddingRight: () => 8 },
    fontSize: 7.5,
    color: MUTED,
    margin: [0, 0, 0, 6],
  };
}

/** What the colours and words of the overview mean. */
export function overviewLegend(): Content {
  return {
    stack: [
      {
        text: 'Each cell: attained level › target level, then the plan’s status and how far it is towards the target. A dash (—): no plan on that framework.',
      },
      {
        table: { body: [STATUS_ORDER.map((s) => swatch(STATUS_FILLS[s], PLAN_STATUS_LABELS[s]))] },
        layout: { defaultBorder: false, paddingLeft: () => 3, paddingRight: () => 3 },
        margin: [0, 3, 0, 0],
      },
    ],
    fontSize: 7.5,
    color: MUTED,
    margin: [0, 0, 0, 6],
  };
}

/** Every statement's code and full text, so a reader can look up a column. */
export function statementKey(matrix: FrameworkMatrix): Content {
  const body: TableCell[][] = [
    [
      { text: 'Code', style: 'tableHeader' },
      { text: 'Topic', style: 'tableHeader' },
      { text: 'Statement', style: 'tableHeader' },
    ],
  ];
  for (const level of matrix.levels) {
    body.push([{ text: level.label, style: 'levelRow', colSpan: 3 }, { text: '' }, { text: '' }]);
    const ids = new Set(level.statementIds);
    for (const statement of matrix.statements) {
      if (!ids.has(statement.id)) continue;
      body.push([
        { text: statementCode(statement), bold: true },
        { text: breakLongWords(statement.topic ?? '') },
        { text: breakLongWords(statement.text) },
      ]);
    }
  }
  return {
    stack: [
      { text: `Statement key · ${matrix.framework.title} (${matrix.framework.version})`, style: 'sectionTitle' },
      {
        table: { headerRows: 1, dontBreakRows: true, widths: [28, 150, '*'], body },
        layout: 'lightHorizontalLines',
        fontSize: 8,
      },
    ],
    pageBreak: 'before',
  };
}
