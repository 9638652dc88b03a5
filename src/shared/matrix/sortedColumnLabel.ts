import type { FrameworkMatrix, MatrixSort, OverviewMatrix } from '../overview/matrix';
import { statementLabel } from './columnLayout';

/** The column the rows are sorted by, as its header names it ("E3", "Emerging", a framework's title). */
export function sortedColumnLabel(
  sort: MatrixSort,
  matrix: FrameworkMatrix | OverviewMatrix | undefined,
): string | null {
  if (sort.key !== 'column' || sort.column === null || matrix === undefined) return null;
  if ('statements' in matrix) {
    const statement = matrix.statements.find((s) => s.id === sort.column);
    const level = matrix.levels.find((l) => l.key === (statement?.level ?? sort.column));
    if (!level) return null;
    return statement ? statementLabel(level.label, statement.position) : level.label;
  }
  return matrix.frameworks.find((f) => f.id === sort.column)?.title ?? null;
}
