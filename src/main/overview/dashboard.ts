import dayjs from 'dayjs';
import { daysBetween, type IsoDate } from '../../shared/dates';
import {
  ACHIEVEMENT_MONTHS,
  ATTENTION_LIST_LIMIT,
  DUE_WINDOWS,
  type AttainedCounts,
  type AttentionPlan,
  type Dashboard,
  type DuePlan,
} from '../../shared/overview/dashboard';
import type { PlanStatus } from '../../shared/progress/progressRules';
import type { TraineeFilter } from '../../shared/trainees/traineeFilter';
import type { PlanSummary } from '../../shared/trainees/traineeViews';
import { collator } from './matrixSort';
import { matchingSources, planMatches, type PlanSource, type TraineeSource } from './overviewSource';

export interface FilteredPlan {
  source: TraineeSource;
  plan: PlanSource;
}

/** The matching trainees and, of their plans, those the filter is about. */
export function filteredPlans(
  sources: Iterable<TraineeSource>,
  filter: TraineeFilter,
): { trainees: TraineeSource[]; plans: FilteredPlan[] } {
  const trainees = matchingSources(sources, filter);
  const plans = trainees.flatMap((source) =>
    source.plans.filter((plan) => planMatches(plan.summary, filter)).map((plan) => ({ source, plan })),
  );
  return { trainees, plans };
}

export const emptyAttained = (): AttainedCounts => ({
  none: 0,
  emerging: 0,
  developing: 0,
  proficient: 0,
  advanced: 0,
});

/** The months the chart shows, oldest first, ending with today's month ("YYYY-MM"). */
export function lastMonths(today: IsoDate, count = ACHIEVEMENT_MONTHS): string[] {
  const thisMonth = dayjs(today.slice(0, 7) + '-01');
  return Array.from({ length: count }, (_, i) => thisMonth.subtract(count - 1 - i, 'month').format('YYYY-MM'));
}

/** A plan due within `days` of today: not met, with a target date from today on. */
export function dueIn(plan: PlanSummary, today: IsoDate): number | null {
  if (plan.status === 'met' || plan.targetDate === null) return null;
  const days = daysBetween(today, plan.targetDate);
  return days >= 0 ? days : null;
}

function attention(plans: readonly FilteredPlan[]): AttentionPlan[] {
  const listed = plans
    .filter(({ plan }) => plan.summary.status === 'overdue' || plan.summary.status === 'behind')
    .map(({ source, plan }) => ({
      traineeId: source.row.id,
      fullName: source.row.fullName,
      team: source.row.team,
      planId: plan.summary.planId,
      frameworkId: plan.summary.frameworkId,
      frameworkTitle: plan.summary.frameworkTitle,
      status: plan.summary.status as AttentionPlan['status'],
      targetLevel: plan.summary.targetLevel,
      targetDate: plan.summary.targetDate,
      toTarget: plan.summary.toTarget,
    }));
  // Overdue first, the longest overdue first; then behind, the least progress first.
  return listed.sort(
    (a, b) =>
      (a.status === 'overdue' ? 0 : 1) - (b.status === 'overdue' ? 0 : 1) ||
      // The earliest target date is the longest overdue.
      (a.status === 'overdue' ? (a.targetDate ?? '').localeCompare(b.targetDate ?? '') : 0) ||
      a.toTarget.percent - b.toTarget.percent ||
      collator.compare(a.fullName, b.fullName),
  );
}

/** The manager's landing page, worked out from the same rows as the trainees list. */
export function dashboardOf(sources: Iterable<TraineeSource>, filter: TraineeFilter, today: IsoDate): Dashboard {
  const { trainees, plans } = filteredPlans(sources, filter);
  const statusCounts: Record<PlanStatus, number> = {
    met: 0,
    on_track: 0,
    behind: 0,
    due_soon: 0,
    overdue: 0,
    no_date: 0,
  };
  const byFramework = new Map<string, Dashboard['byFramework'][number]>();
  const byTeam = new Map<string, Dashboard['byTeam'][number]>();
  const months = lastMonths(today);
  const perMonth = new Map(months.map((m) => [m, 0]));
  const duePlans: DuePlan[] = [];
  const largest = DUE_WINDOWS[DUE_WINDOWS.length - 1] ?? 90;
  for (const { source, plan } of plans) {
    const s = plan.summary;
    statusCounts[s.status] += 1;
    const attainedKey = s.attained ?? 'none';
    const framework = byFramework.get(s.frameworkId) ?? {
      frameworkId: s.frameworkId,
      title: s.frameworkTitle,
      soc: s.soc,
      plans: 0,
      attained: emptyAttained(),
    };
    framework.plans += 1;
    framework.attained[attainedKey] += 1;
    byFramework.set(s.frameworkId, framework);
    const team = byTeam.get(source.row.team) ?? { team: source.row.team, plans: 0, attained: emptyAttained() };
    team.plans += 1;
    team.attained[attainedKey] += 1;
    byTeam.set(source.row.team, team);
    for (const [month, count] of Object.entries(plan.achievedMonths)) {
      const counted = perMonth.get(month);
      if (counted !== undefined) perMonth.set(month, counted + count);
    }
    const days = dueIn(s, today);
    if (days !== null && days <= largest && s.targetDate !== null) {
      duePlans.push({
        traineeId: source.row.id,
        fullName: source.row.fullName,
        team: source.row.team,
        planId: s.planId,
        frameworkTitle: s.frameworkTitle,
        targetLevel: s.targetLevel,
        targetDate: s.targetDate,
        toTarget: s.toTarget,
        inDays: days,
      });
    }
  }
  duePlans.sort((a, b) => a.inDays - b.inDays || collator.compare(a.fullName, b.fullName));
  const needing = attention(plans);
  return {
    today,
    trainees: trainees.length,
    withoutPlan: trainees.filter((t) => t.row.plans.length === 0).length,
    plans: plans.length,
    statusCounts,
    attention: needing.slice(0, ATTENTION_LIST_LIMIT),
    attentionTotal: needing.length,
    byFramework: [...byFramework.values()].sort((a, b) => collator.compare(a.title, b.title)),
    byTeam: [...byTeam.values()].sort((a, b) => collator.compare(a.team, b.team)),
    perMonth: months.map((month) => ({ month, achieved: perMonth.get(month) ?? 0 })),
    due: DUE_WINDOWS.map((days) => ({ days, plans: duePlans.filter((p) => p.inDays <= days).length })),
    duePlans,
  };
}
