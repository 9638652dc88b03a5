import { ApiError } from '../../shared/api/errors';
import { todayIso } from '../../shared/dates';
import type { Dashboard, DashboardDrill, DashboardFigure } from '../../shared/overview/dashboard';
import type {
  FrameworkMatrix,
  FrameworkMatrixInput,
  MatrixCellDetail,
  MatrixSort,
  OverviewMatrix,
} from '../../shared/overview/matrix';
import type { TraineeFilter } from '../../shared/trainees/traineeFilter';
import type { FrameworkLibrary } from '../frameworks/frameworkLibrary';
import { notFoundTrainee } from '../store/records/transaction';
import type { Store } from '../store/store';
import type { TraineeViews } from '../trainees/traineeViewBuilder';
import { dashboardOf } from './dashboard';
import { dashboardDrill } from './dashboardDrill';
import { frameworkMatrix } from './frameworkMatrix';
import { overviewMatrix } from './overviewMatrix';
import type { PlanSource, TraineeSource } from './overviewSource';

export interface OverviewDeps {
  store: Store;
  frameworks: FrameworkLibrary;
  views: TraineeViews;
  now: () => Date;
}

/**
 * The manager's views across trainees: the skills matrix and the dashboard. They are worked out from
 * the index the store keeps in memory (no trainee's file is opened), once per state of the records and
 * day; only a cell's check-off details read a trainee's file.
 */
export function createOverviewService({ store, frameworks, views, now }: OverviewDeps) {
  let version = 0;
  store.onChange(() => {
    version += 1;
  });
  let cached: { key: string; sources: TraineeSource[] } | null = null;

  function sources(): TraineeSource[] {
    const key = `${String(version)} ${todayIso(now())}`;
    if (cached?.key === key) return cached.sources;
    const built = views.rows().map((row): TraineeSource => {
      const entry = store.entry(row.id);
      const stored = new Map(entry?.plans.map((p) => [p.id, p]) ?? []);
      const plans = row.plans.map((summary): PlanSource => {
        const plan = stored.get(summary.planId);
        return {
          summary,
          startDate: plan?.startDate ?? '',
          achieved: plan?.achieved ?? [],
          achievedMonths: plan?.achievedMonths ?? {},
        };
      });
      return { row, plans };
    });
    cached = { key, sources: built };
    return built;
  }

  const all = (): number => views.rows().length;

  return {
    sources,
    frameworkMatrix({ frameworkId, filter, sort }: FrameworkMatrixInput): FrameworkMatrix {
      const framework = frameworks.get(frameworkId);
      return frameworkMatrix(framework, sources(), filter, sort, all());
    },
    matrix(filter: TraineeFilter, sort: MatrixSort): OverviewMatrix {
      return overviewMatrix((id) => frameworks.find(id), sources(), filter, sort, all());
    },
    dashboard(filter: TraineeFilter): Dashboard {
      return dashboardOf(sources(), filter, todayIso(now()));
    },
    drill(filter: TraineeFilter, figure: DashboardFigure): DashboardDrill {
      return dashboardDrill(sources(), filter, figure, todayIso(now()));
    },
    async cell(traineeId: string, planId: string, statementId: string): Promise<MatrixCellDetail | null> {
      const doc = await store.doc(traineeId);
      if (!doc) throw notFoundTrainee();
      const plan = doc.plans.find((p) => p.id === planId);
      if (!plan) throw new ApiError('not_found', 'That plan is no longer there. It may have been removed.');
      const checkoff = plan.checkoffs[statementId];
      return checkoff ? { achievedOn: checkoff.achievedOn, assessor: checkoff.assessor, note: checkoff.note } : null;
    },
  };
}

export type OverviewService = ReturnType<typeof createOverviewService>;
