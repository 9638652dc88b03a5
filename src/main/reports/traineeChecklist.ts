import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatDate } from '../../shared/dates';
import { splitStatement } from '../../shared/framework/framework';
import { levelRank, type LevelKey } from '../../shared/framework/levels';
import type { TraineeReportOptions } from '../../shared/reports/reportOptions';
import type { PlanView } from '../../shared/trainees/traineeViews';
import { MUTED, tickBox } from './drawings';
import { breakLongWords } from './pdfText';

export type ChecklistOptions = Pick<TraineeReportOptions, 'includeNotes' | 'outstandingOnly' | 'includeAboveTarget'>;

/** Said beside a level beyond what the plan asks for, so no one reads it as a shortfall. */
export const ABOVE_TARGET = 'above target';

export const isAboveTarget = (plan: Pick<PlanView, 'targetLevel'>, level: LevelKey): boolean =>
  levelRank(level) > levelRank(plan.targetLevel);

/** The levels the report shows for a plan: all, or up to its target. */
export function levelsShown<L extends { key: LevelKey } | { level: LevelKey }>(
  plan: Pick<PlanView, 'targetLevel'>,
  levels: readonly L[],
  options: Pick<ChecklistOptions, 'includeAboveTarget'>,
): L[] {
  return levels.filter((l) => options.includeAboveTarget || !isAboveTarget(plan, 'key' in l ? l.key : l.level));
}

/** "Topic — performance", with the topic in bold; as worded when it was checked off, if it was. */
function statementCell(text: string): TableCell {
  const { topic, performance } = splitStatement(text);
  if (topic === null) return { text: breakLongWords(text) };
  return { text: [{ text: breakLongWords(topic), bold: true }, ` — ${breakLongWords(performance)}`] };
}

/**
 * A plan's statements by level, ticked or not. Listing only what is outstanding leaves out the
 * achieved date, assessor and note columns: an outstanding statement has none of them, and empty columns would
 * only squeeze the statements.
 */
export function checklist(plan: PlanView, options: ChecklistOptions): Content {
  const withDetails = !options.outstandingOnly;
  const withNotes = withDetails && options.includeNotes;
  const header: TableCell[] = [
    { text: '', style: 'tableHeader' },
    { text: options.outstandingOnly ? 'Outstanding statement' : 'Statement', style: 'tableHeader' },
    ...(withDetails
      ? [
          { text: 'Achieved', style: 'tableHeader' },
          { text: 'Assessor', style: 'tableHeader' },
        ]
      : []),
    ...(withNotes ? [{ text: 'Evidence note', style: 'tableHeader' }] : []),
  ];
  const columns = header.length;
  const spanning = (cell: { text: string; style?: string; color?: string; italics?: boolean }): TableCell[] => [
    { ...cell, colSpan: columns },
    ...Array.from({ length: columns - 1 }, () => ({ text: '' })),
  ];
  const body: TableCell[][] = [header];
  for (const level of levelsShown(plan, plan.framework.levels, options)) {
    const progress = plan.levels.find((l) => l.level === level.key);
    const statements = level.statements.filter((s) => !options.outstandingOnly || !plan.checkoffs[s.id]);
    const above = isAboveTarget(plan, level.key) ? ` (${ABOVE_TARGET})` : '';
    const achieved = `${progress?.achieved ?? 0} of ${progress?.total ?? level.statements.length} achieved`;
    body.push(spanning({ text: `${level.label}${above} — ${achieved}`, style: 'levelRow' }));
    if (statements.length === 0) {
      body.push(spanning({ text: 'Every statement at this level is achieved.', color: MUTED, italics: true }));
    }
    for (const statement of statements) {
      const checkoff = plan.checkoffs[statement.id];
      body.push([
        tickBox(checkoff !== undefined),
        statementCell(checkoff?.statementText ?? statement.text),
        ...(withDetails
          ? [
              { text: checkoff ? formatDate(checkoff.achievedOn) : '' },
              // A check-off may carry no assessor's name: say so with a dash rather than a blank an auditor might query.
              { text: checkoff ? breakLongWords(checkoff.assessor.trim() || '—') : '' },
            ]
          : []),
        ...(withNotes ? [{ text: breakLongWords(checkoff?.note ?? ''), fontSize: 8.5 }] : []),
      ]);
    }
  }
  return {
    table: {
      // A statement is never cut between pages: an auditor reads its date and assessor beside it.
      headerRows: 1,
      dontBreakRows: true,
      widths: withNotes ? [12, '*', 56, 72, 120] : withDetails ? [12, '*', 62, 96] : [12, '*'],
      body,
    },
    layout: {
      hLineWidth: (i) => (i <= 1 ? 0.8 : 0.4),
      vLineWidth: () => 0,
      hLineColor: () => '#dee2e6',
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
    fontSize: 9,
  };
}
