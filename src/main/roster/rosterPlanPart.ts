import { formatDate, type IsoDate } from '../../shared/dates';
import { codeAndVersion } from '../../shared/framework/shownCode';
import type { LevelKey } from '../../shared/framework/levels';
import { defaultPlanStart } from '../../shared/plans/planDates';
import { readDate } from '../../shared/roster/readDate';
import type { DateOrder, RosterPlanShown } from '../../shared/roster/rosterImport';
import { readTargetLevel, type FrameworkMatch } from '../../shared/roster/rosterPlanWords';
import { targetLevelProblem } from '../../shared/framework/frameworkLevels';
import type { TraineeDoc } from '../store/records/recordsSchema';

/** The plan a roster row asks for, as the import assigns it. */
export interface RosterPlanPart {
  frameworkId: string;
  targetLevel: LevelKey;
  targetDate: IsoDate | null;
  startDate: IsoDate;
}

/** What a row's plan columns come to: a plan, a reason there is none, or nothing asked. */
export interface RowPlan {
  plan: RosterPlanPart | null;
  shown: RosterPlanShown | null;
  /** A cell the trainer must correct for the plan to be assigned: the column and the words. */
  problem: { column: 'framework' | 'targetLevel' | 'targetDate'; message: string } | null;
  /** Why no plan is assigned though nothing is wrong ("already has this plan"). */
  note: string;
}

const NOTHING: RowPlan = { plan: null, shown: null, problem: null, note: '' };
const WITHOUT_PLAN = 'The person is imported without a plan.';

export interface PlanCells {
  framework: string;
  targetLevel: string;
  targetDate: string;
}

/**
 * The plan part of one row. Its start is the trainee's own start date (today for one without), as the
 * Assign plan form's default; a target level left empty is Emerging, as in that form. A problem here
 * never refuses the person: they are imported, and the preview says why their plan is not.
 */
export function rowPlanOf(
  cells: PlanCells,
  {
    match,
    order,
    today,
    traineeStart,
    doc,
  }: {
    match: (text: string) => FrameworkMatch;
    order: DateOrder;
    today: IsoDate;
    /** The start date the row leaves the trainee with. */
    traineeStart: IsoDate | null;
    /** The trainee already on the list, when the row updates one. */
    doc: TraineeDoc | undefined;
  },
): RowPlan {
  if (cells.framework === '' && cells.targetLevel === '' && cells.targetDate === '') return NOTHING;
  const refused = (column: 'framework' | 'targetLevel' | 'targetDate', message: string): RowPlan => ({
    ...NOTHING,
    problem: { column, message: `${message} ${WITHOUT_PLAN}` },
    note: 'Not assigned: see “Plans that will not be assigned”.',
  });
  if (cells.framework === '') {
    const column = cells.targetLevel === '' ? 'targetDate' : 'targetLevel';
    return refused(column, 'A target is given but no framework to assign it on.');
  }
  const found = match(cells.framework);
  if ('problem' in found) return refused('framework', found.problem);
  const { framework } = found;
  // Left empty, the target is the framework's lowest level, as the Assign plan form starts with.
  const targetLevel =
    cells.targetLevel === '' ? (framework.levels[0] ?? 'emerging') : readTargetLevel(cells.targetLevel);
  if (targetLevel === null) {
    return refused(
      'targetLevel',
      `“${cells.targetLevel}” is not a target level. Write Emerging, Developing, Proficient or Advanced (or 1 to 4).`,
    );
  }
  const lacking = targetLevelProblem(framework, targetLevel);
  if (lacking !== null) return refused('targetLevel', lacking);
  let targetDate: IsoDate | null = null;
  if (cells.targetDate !== '') {
    const read = readDate(cells.targetDate, order);
    if (!read) {
      return refused(
        'targetDate',
        `“${cells.targetDate}” is not a date Trainplan can read. Write it like 2026-03-31 or 31/03/2026.`,
      );
    }
    targetDate = read.date;
  }
  const startDate = defaultPlanStart(traineeStart, today);
  if (targetDate !== null && targetDate < startDate) {
    return refused(
      'targetDate',
      `The target date ${formatDate(targetDate)} is before the plan would start (${formatDate(startDate)}, the start date).`,
    );
  }
  const shown: RosterPlanShown = {
    framework: `${framework.title} (${codeAndVersion({ soc: framework.soc, code: framework.code ?? undefined }, framework.version)})`,
    targetLevel,
    targetDate,
    startDate,
  };
  if (doc?.trainee.archived) return { ...NOTHING, shown, note: 'Archived: no plan is assigned.' };
  if (doc?.plans.some((p) => p.frameworkId === framework.id)) {
    return { ...NOTHING, shown, note: `Already has a plan on ${framework.title}.` };
  }
  return { plan: { frameworkId: framework.id, targetLevel, targetDate, startDate }, shown, problem: null, note: '' };
}
