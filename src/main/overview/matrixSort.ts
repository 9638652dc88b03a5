import { levelRank, type LevelKey } from '../../shared/framework/levels';
import type { MatrixSort } from '../../shared/overview/matrix';
import type { PlanStatus } from '../../shared/progress/progressRules';

/** Most urgent first, as the trainees list sorts by status. */
const STATUS_URGENCY: Record<PlanStatus, number> = {
  overdue: 0,
  behind: 1,
  due_soon: 2,
  on_track: 3,
  no_date: 4,
  met: 5,
};

export const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** What a row is sorted by; `column` is what the chosen column holds for the row. */
export interface SortFacts {
  fullName: string;
  team: string;
  progress: number;
  status: PlanStatus | null;
  column: (column: string) => number;
}

export function attainedRank(level: LevelKey | null): number {
  return level === null ? 0 : levelRank(level) + 1;
}

/** Sorts rows by the matrix's sort; ties go by name, so the order never depends on the records' order. */
export function sortByMatrix<T>(rows: readonly T[], sort: MatrixSort, facts: (row: T) => SortFacts): T[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, facts: facts(row) }));
  const compare = (a: SortFacts, b: SortFacts): number => {
    switch (sort.key) {
      case 'name':
        return 0;
      case 'team':
        return collator.compare(a.team, b.team);
      case 'progress':
        return a.progress - b.progress;
      case 'status':
        return (a.status === null ? 6 : STATUS_URGENCY[a.status]) - (b.status === null ? 6 : STATUS_URGENCY[b.status]);
      case 'column':
        return sort.column === null ? 0 : a.column(sort.column) - b.column(sort.column);
    }
  };
  keyed.sort(
    (a, b) =>
      sign * compare(a.facts, b.facts) ||
      (sort.key === 'name' ? sign : 1) * collator.compare(a.facts.fullName, b.facts.fullName),
  );
  return keyed.map((k) => k.row);
}
