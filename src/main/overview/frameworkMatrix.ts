import type { Framework } from '../../shared/framework/framework';
import { LEVEL_LABELS } from '../../shared/framework/levels';
import type { FrameworkMatrix, FrameworkMatrixRow, MatrixSort, MatrixStatement } from '../../shared/overview/matrix';
import type { TraineeFilter } from '../../shared/trainees/traineeFilter';
import { matchingSources, planMatches, type TraineeSource } from './overviewSource';
import { sortByMatrix } from './matrixSort';

function statementsOf(framework: Framework): MatrixStatement[] {
  return framework.levels.flatMap((level) =>
    level.statements.map((statement) => ({
      id: statement.id,
      level: level.key,
      position: statement.position,
      topic: statement.topic,
      text: statement.performance,
    })),
  );
}

/**
 * The skills matrix of one framework: each matching trainee with a plan on it (the plan itself matching
 * the filter's status) × the framework's statements, level by level, with how many hold each.
 */
export function frameworkMatrix(
  framework: Framework,
  sources: Iterable<TraineeSource>,
  filter: TraineeFilter,
  sort: MatrixSort,
  all: number,
): FrameworkMatrix {
  const statements = statementsOf(framework);
  const column = new Map(statements.map((s, i) => [s.id, i]));
  const levels = framework.levels.map((level) => ({
    key: level.key,
    label: LEVEL_LABELS[level.key],
    statementIds: level.statements.map((s) => s.id),
  }));
  const rows: FrameworkMatrixRow[] = [];
  for (const { row, plans } of matchingSources(sources, filter)) {
    const plan = plans.find((p) => p.summary.frameworkId === framework.id && planMatches(p.summary, filter));
    if (!plan) continue;
    const cells = new Uint8Array(statements.length);
    for (const id of plan.achieved) {
      const at = column.get(id);
      if (at !== undefined) cells[at] = 1;
    }
    let start = 0;
    const levelCounts = levels.map((level) => {
      let achieved = 0;
      for (let i = start; i < start + level.statementIds.length; i += 1) achieved += cells[i] ?? 0;
      start += level.statementIds.length;
      return { key: level.key, achieved, total: level.statementIds.length };
    });
    rows.push({
      traineeId: row.id,
      fullName: row.fullName,
      employeeId: row.employeeId,
      team: row.team,
      site: row.site,
      trainer: row.trainer,
      archived: row.archived,
      planId: plan.summary.planId,
      targetLevel: plan.summary.targetLevel,
      targetDate: plan.summary.targetDate,
      attained: plan.summary.attained,
      toTarget: plan.summary.toTarget,
      status: plan.summary.status,
      achieved: cells.join(''),
      levels: levelCounts,
    });
  }
  const sorted = sortByMatrix(rows, sort, (r) => ({
    fullName: r.fullName,
    team: r.team,
    progress: r.toTarget.percent,
    status: r.status,
    column: (key) => {
      const at = column.get(key);
      if (at !== undefined) return r.achieved.charCodeAt(at) - 48;
      return r.levels.find((l) => l.key === key)?.achieved ?? 0;
    },
  }));
  const holders = new Array<number>(statements.length).fill(0);
  const levelHolders = levels.map((level) => ({ key: level.key, holders: 0 }));
  for (const r of rows) {
    for (let i = 0; i < statements.length; i += 1)
      if (r.achieved.charCodeAt(i) === 49) holders[i] = (holders[i] ?? 0) + 1;
    r.levels.forEach((l, i) => {
      const counted = levelHolders[i];
      if (counted && l.total > 0 && l.achieved === l.total) counted.holders += 1;
    });
  }
  return {
    framework: {
      id: framework.id,
      title: framework.occupation.title,
      soc: framework.occupation.soc,
      version: framework.version,
    },
    levels,
    statements,
    rows: sorted,
    coverage: { statements: holders, levels: levelHolders },
    all,
  };
}
