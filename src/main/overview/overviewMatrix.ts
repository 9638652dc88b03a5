import type { Framework } from '../../shared/framework/framework';
import { levelKeysOf } from '../../shared/framework/frameworkLevels';
import { LEVEL_KEYS, levelRank } from '../../shared/framework/levels';
import type { MatrixSort, OverviewCell, OverviewMatrix, OverviewRow } from '../../shared/overview/matrix';
import type { TraineeFilter } from '../../shared/trainees/traineeFilter';
import { attainedRank, collator, sortByMatrix } from './matrixSort';
import { matchingSources, planMatches, type TraineeSource } from './overviewSource';

/**
 * The overview matrix: matching trainees × the frameworks their matching plans are on (ordered by title),
 * each cell the attained level against the target.
 */
export function overviewMatrix(
  findFramework: (id: string) => Framework | undefined,
  sources: Iterable<TraineeSource>,
  filter: TraineeFilter,
  sort: MatrixSort,
  all: number,
): OverviewMatrix {
  const matching = matchingSources(sources, filter).map(({ row, plans }) => ({
    row,
    plans: plans.filter((p) => planMatches(p.summary, filter)),
  }));
  const used = new Set(matching.flatMap((m) => m.plans.map((p) => p.summary.frameworkId)));
  const found = [...used].map((id) => findFramework(id)).filter((f): f is Framework => f !== undefined);
  // Coverage counts only the levels a framework has: one of two levels has no "Proficient or above".
  const levelsOf = new Map(found.map((f) => [f.id, levelKeysOf(f)]));
  const frameworks = found
    .map((f) => ({ id: f.id, title: f.occupation.title, soc: f.occupation.soc }))
    .sort((a, b) => collator.compare(a.title, b.title) || a.id.localeCompare(b.id));
  const columnOf = new Map(frameworks.map((f, i) => [f.id, i]));
  const rows: OverviewRow[] = matching.map(({ row, plans }) => {
    const cells: (OverviewCell | null)[] = frameworks.map(() => null);
    for (const { summary } of plans) {
      const at = columnOf.get(summary.frameworkId);
      // A trainee with two plans on one framework shows the first in the column.
      if (at === undefined || cells[at]) continue;
      cells[at] = {
        planId: summary.planId,
        targetLevel: summary.targetLevel,
        attained: summary.attained,
        toTarget: summary.toTarget,
        expectedPercent: summary.expectedPercent,
        status: summary.status,
      };
    }
    return {
      traineeId: row.id,
      fullName: row.fullName,
      employeeId: row.employeeId,
      team: row.team,
      site: row.site,
      trainer: row.trainer,
      archived: row.archived,
      cells,
    };
  });
  const sorted = sortByMatrix(rows, sort, (r) => {
    const present = r.cells.filter((c): c is OverviewCell => c !== null);
    return {
      fullName: r.fullName,
      team: r.team,
      progress: present.reduce((min, c) => Math.min(min, c.toTarget.percent), present.length === 0 ? -1 : 101),
      status: present.length === 0 ? null : mostUrgentStatus(present),
      column: (id) => {
        const cell = r.cells[columnOf.get(id) ?? -1];
        // Attained level first, then progress within it; no plan sorts below "Not yet Emerging".
        return cell ? attainedRank(cell.attained) * 1000 + cell.toTarget.percent : -1;
      },
    };
  });
  const coverage = frameworks.map((f, i) => {
    const cells = rows.map((r) => r.cells[i]).filter((c): c is OverviewCell => c !== null && c !== undefined);
    return {
      frameworkId: f.id,
      plans: cells.length,
      met: cells.filter((c) => c.status === 'met').length,
      atLeast: (levelsOf.get(f.id) ?? LEVEL_KEYS).map((key) => ({
        key,
        plans: cells.filter((c) => c.attained !== null && levelRank(c.attained) >= levelRank(key)).length,
      })),
    };
  });
  return { frameworks, rows: sorted, coverage, all };
}

const URGENCY = ['overdue', 'behind', 'due_soon', 'on_track', 'no_date', 'met'] as const;

function mostUrgentStatus(cells: readonly OverviewCell[]): OverviewCell['status'] {
  return URGENCY.find((status) => cells.some((c) => c.status === status)) ?? 'met';
}
