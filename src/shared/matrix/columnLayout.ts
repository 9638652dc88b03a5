import type { LevelKey } from '../framework/levels';
import type { MatrixLevel, MatrixStatement } from '../overview/matrix';

export const STATEMENT_WIDTH = 44;
/** Wide enough for the level's name in the header above its one column. */
export const LEVEL_WIDTH = 116;

/** A column of the framework view: one statement, or a collapsed level's heat cell. */
export type MatrixColumn =
  | {
      kind: 'statement';
      /** The statement's id: what sorting by this column sends. */
      key: string;
      level: LevelKey;
      /** Where the statement sits in each row's `achieved` string. */
      index: number;
      /** "E1", "D3": the level's initial and the statement's number, as the checklist numbers it. */
      label: string;
      statement: MatrixStatement;
      width: number;
    }
  | { kind: 'level'; key: LevelKey; level: LevelKey; label: string; width: number };

/** A level's header over its columns (several statements, or its one heat column when collapsed). */
export interface ColumnGroup {
  level: LevelKey;
  label: string;
  /** The group's first column. */
  first: number;
  count: number;
  collapsed: boolean;
}

export function statementLabel(levelLabel: string, position: number): string {
  return `${levelLabel.charAt(0).toUpperCase()}${String(position)}`;
}

/**
 * The framework view's columns, level by level; a collapsed level becomes one heat column. `statements`
 * are in the order of each row's `achieved` string.
 */
export function layoutColumns(
  levels: readonly MatrixLevel[],
  statements: readonly MatrixStatement[],
  collapsed: readonly LevelKey[],
): { columns: MatrixColumn[]; groups: ColumnGroup[] } {
  const indexOf = new Map(statements.map((s, i) => [s.id, i]));
  const columns: MatrixColumn[] = [];
  const groups: ColumnGroup[] = [];
  for (const level of levels) {
    const first = columns.length;
    const isCollapsed = collapsed.includes(level.key);
    if (isCollapsed) {
      columns.push({ kind: 'level', key: level.key, level: level.key, label: level.label, width: LEVEL_WIDTH });
    } else {
      for (const id of level.statementIds) {
        const index = indexOf.get(id);
        const statement = index === undefined ? undefined : statements[index];
        if (index === undefined || !statement) continue;
        columns.push({
          kind: 'statement',
          key: id,
          level: level.key,
          index,
          label: statementLabel(level.label, statement.position),
          statement,
          width: STATEMENT_WIDTH,
        });
      }
    }
    const count = columns.length - first;
    if (count > 0) groups.push({ level: level.key, label: level.label, first, count, collapsed: isCollapsed });
  }
  return { columns, groups };
}

/** Whether a row holds the column's statement, read from its `achieved` string. */
export function achievedIn(achieved: string, column: Extract<MatrixColumn, { kind: 'statement' }>): boolean {
  return achieved.charCodeAt(column.index) === 49;
}
