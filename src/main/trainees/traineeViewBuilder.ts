import { todayIso } from '../../shared/dates';
import type { Framework } from '../../shared/framework/framework';
import { firstCheckoffOn } from '../../shared/plans/planDates';
import type { Checkoff } from '../../shared/plans/planFields';
import { expectedPercentByNow, planProgress } from '../../shared/progress/progressRules';
import type { PlanSummary, PlanView, TraineeDetail, TraineeRow } from '../../shared/trainees/traineeViews';
import type { FrameworkLibrary } from '../frameworks/frameworkLibrary';
import type { IndexEntry, StoredPlan, TraineeDoc } from '../store/records/recordsSchema';
import { notFoundTrainee } from '../store/records/transaction';
import type { Store } from '../store/store';

type PlanTargets = Pick<StoredPlan, 'id' | 'frameworkId' | 'targetLevel' | 'startDate' | 'targetDate'>;

function summary(plan: PlanTargets, framework: Framework, achieved: ReadonlySet<string>, today: string) {
  const progress = planProgress(framework, achieved, plan, today);
  const result: PlanSummary = {
    planId: plan.id,
    frameworkId: framework.id,
    frameworkTitle: framework.occupation.title,
    soc: framework.occupation.soc,
    targetLevel: plan.targetLevel,
    targetDate: plan.targetDate,
    attained: progress.attained,
    toTarget: progress.toTarget,
    expectedPercent: progress.status === 'met' ? null : expectedPercentByNow(plan, today),
    status: progress.status,
  };
  return { summary: result, levels: progress.levels };
}

/** A check-off as the screens and reports show it: quoting the wording it was signed off against. */
function withWording(plan: StoredPlan, framework: Framework): Record<string, Checkoff> {
  const texts = new Map(framework.levels.flatMap((l) => l.statements.map((s) => [s.id, s.text] as const)));
  const result: Record<string, Checkoff> = {};
  for (const [id, checkoff] of Object.entries(plan.checkoffs)) {
    result[id] = { ...checkoff, statementText: checkoff.statementText ?? texts.get(id) ?? '' };
  }
  return result;
}

/** Builds the list and detail views from the records; progress is computed here, never stored. */
export function createTraineeViews(store: Store, frameworks: FrameworkLibrary, now: () => Date) {
  const row = (entry: IndexEntry, today: string): TraineeRow => {
    const plans = entry.plans.flatMap((plan) => {
      const framework = frameworks.find(plan.frameworkId);
      return framework ? [summary(plan, framework, new Set(plan.achieved), today).summary] : [];
    });
    const openDates = plans
      .filter((p) => p.status !== 'met' && p.targetDate !== null)
      .map((p) => p.targetDate as string)
      .sort();
    return {
      id: entry.id,
      fullName: entry.fullName,
      employeeId: entry.employeeId,
      team: entry.team,
      site: entry.site,
      trainer: entry.trainer,
      archived: entry.archived,
      plans,
      nextTargetDate: openDates[0] ?? null,
      lastActivity: entry.lastAchievedOn ?? null,
      lastEditedAt: entry.lastActivity,
    };
  };

  const planViews = (doc: TraineeDoc, today: string): PlanView[] =>
    doc.plans.flatMap((plan) => {
      const framework = frameworks.find(plan.frameworkId);
      if (!framework) return [];
      const { summary: s, levels } = summary(plan, framework, new Set(Object.keys(plan.checkoffs)), today);
      return [
        {
          ...s,
          startDate: plan.startDate,
          createdAt: plan.createdAt,
          levels,
          checkoffs: withWording(plan, framework),
          removedCheckoffs: plan.removedCheckoffs ?? {},
          framework,
          startLimits: {
            traineeName: doc.trainee.fullName,
            traineeStart: doc.trainee.startDate,
            firstCheckoffOn: firstCheckoffOn(Object.values(plan.checkoffs)),
          },
        },
      ];
    });

  // An index entry is replaced, never changed, when its trainee changes: its row can be kept for the day.
  let cacheDay = '';
  let cache = new WeakMap<IndexEntry, TraineeRow>();
  const cachedRow = (entry: IndexEntry, today: string): TraineeRow => {
    if (today !== cacheDay) {
      cacheDay = today;
      cache = new WeakMap();
    }
    let result = cache.get(entry);
    if (!result) {
      result = row(entry, today);
      cache.set(entry, result);
    }
    return result;
  };

  return {
    rows(): TraineeRow[] {
      const today = todayIso(now());
      return [...store.entries()].map((entry) => cachedRow(entry, today));
    },

    /** Works out one trainee's row ahead of the list asking for it. */
    cachedRow(id: string): void {
      const entry = store.entry(id);
      if (entry) cachedRow(entry, todayIso(now()));
    },

    row(id: string): TraineeRow | undefined {
      const entry = store.entry(id);
      return entry && row(entry, todayIso(now()));
    },

    async detail(traineeId: string): Promise<TraineeDetail> {
      const doc = await store.doc(traineeId);
      if (!doc) throw notFoundTrainee();
      // The history is not sent: the page asks for it a page at a time (history:query).
      return {
        trainee: { ...doc.trainee },
        plans: planViews(doc, todayIso(now())),
        firstCheckoffOn: firstCheckoffOn(doc.plans.flatMap((plan) => Object.values(plan.checkoffs))),
      };
    },
  };
}

export type TraineeViews = ReturnType<typeof createTraineeViews>;
