import { LEVEL_LABELS } from '../../shared/framework/levels';
import type { DashboardDrill, DashboardFigure, DrillTrainee } from '../../shared/overview/dashboard';
import { NOT_YET_EMERGING, paceWords, PLAN_STATUS_LABELS } from '../../shared/progress/progressRules';
import type { TraineeFilter } from '../../shared/trainees/traineeFilter';
import { plural } from '../../shared/text/plural';
import { dueIn, filteredPlans, type FilteredPlan } from './dashboard';
import { collator } from './matrixSort';

function monthName(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 2000, (m ?? 1) - 1, 1)),
  );
}

const attainedName = (key: string | null): string =>
  key === null ? '' : key === 'none' ? NOT_YET_EMERGING : LEVEL_LABELS[key as keyof typeof LEVEL_LABELS];

function planLine({ source, plan }: FilteredPlan, date: string | null = plan.summary.targetDate): DrillTrainee {
  const s = plan.summary;
  return {
    traineeId: source.row.id,
    fullName: source.row.fullName,
    team: source.row.team,
    // "Behind" is about pace, so its reason gives the pace, not the level again.
    reason:
      s.status === 'behind'
        ? `${s.frameworkTitle}: ${paceWords(s.toTarget.percent, s.expectedPercent)}`
        : `${s.frameworkTitle}: ${s.attained ? LEVEL_LABELS[s.attained] : NOT_YET_EMERGING}, target ${LEVEL_LABELS[s.targetLevel]} (${String(s.toTarget.percent)} %)`,
    date,
  };
}

/**
 * The trainees behind one figure of the dashboard, by the same rules that counted it: a trainee appears
 * once per plan that counts (a trainee with two overdue plans is listed twice, as the figure counts two).
 */
export function dashboardDrill(
  sources: Parameters<typeof filteredPlans>[0],
  filter: TraineeFilter,
  figure: DashboardFigure,
  today: string,
): DashboardDrill {
  const { trainees, plans } = filteredPlans(sources, filter);
  let title: string;
  let lines: DrillTrainee[];
  switch (figure.kind) {
    case 'status':
      title = `Plans: ${PLAN_STATUS_LABELS[figure.status]}`;
      lines = plans.filter((p) => p.plan.summary.status === figure.status).map((p) => planLine(p));
      break;
    case 'no_plan':
      title = 'Trainees without a plan';
      lines = trainees
        .filter((t) => t.row.plans.length === 0)
        .map((t) => ({
          traineeId: t.row.id,
          fullName: t.row.fullName,
          team: t.row.team,
          reason: 'No plan yet',
          date: null,
        }));
      break;
    case 'framework': {
      const on = plans.filter((p) => p.plan.summary.frameworkId === figure.frameworkId);
      const title0 = on[0]?.plan.summary.frameworkTitle ?? 'this framework';
      title = figure.attained === null ? `Plans on ${title0}` : `${title0}: ${attainedName(figure.attained)}`;
      lines = on
        .filter((p) => figure.attained === null || (p.plan.summary.attained ?? 'none') === figure.attained)
        .map((p) => planLine(p));
      break;
    }
    case 'team': {
      title = `${figure.team || 'No team'}${figure.attained === null ? '' : `: ${attainedName(figure.attained)}`}`;
      lines = plans
        .filter((p) => p.source.row.team === figure.team)
        .filter((p) => figure.attained === null || (p.plan.summary.attained ?? 'none') === figure.attained)
        .map((p) => planLine(p));
      break;
    }
    case 'month': {
      title = `Achievements in ${monthName(figure.month)}`;
      lines = plans.flatMap(({ source, plan }) => {
        const count = plan.achievedMonths[figure.month] ?? 0;
        if (count === 0) return [];
        return [
          {
            traineeId: source.row.id,
            fullName: source.row.fullName,
            team: source.row.team,
            reason: `${plan.summary.frameworkTitle}: ${plural(count, 'statement')} achieved`,
            date: null,
          },
        ];
      });
      break;
    }
    case 'due':
      title = `Plans due in the next ${String(figure.days)} days`;
      lines = plans
        .filter((p) => {
          const days = dueIn(p.plan.summary, today);
          return days !== null && days <= figure.days;
        })
        .sort((a, b) => (a.plan.summary.targetDate ?? '').localeCompare(b.plan.summary.targetDate ?? ''))
        .map((p) => planLine(p));
      return { title, trainees: lines };
  }
  lines.sort((a, b) => collator.compare(a.fullName, b.fullName) || a.reason.localeCompare(b.reason));
  return { title, trainees: lines };
}
