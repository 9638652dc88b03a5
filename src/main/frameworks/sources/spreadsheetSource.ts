import { LEVEL_KEYS, type LevelKey } from '../../../shared/framework/levels';
import type { SourceMeta, SourceStatement } from './buildFrameworkFile';

export interface SpreadsheetFramework {
  meta: Omit<SourceMeta, 'group'>;
  levels: Record<LevelKey, SourceStatement[]>;
}

const ABOUT_KEYS: Record<string, keyof Omit<SourceMeta, 'group'>> = {
  title: 'title',
  name: 'title',
  framework: 'title',
  code: 'code',
  'soc code': 'code',
  'trainplan code': 'trainplanCode',
  version: 'version',
  source: 'source',
  licence: 'licence',
  license: 'licence',
  description: 'description',
};

/** "Title: Machining" in one cell, or "Title" / "Title:" and the value in the next cell. */
function aboutEntry(row: readonly string[]): [keyof Omit<SourceMeta, 'group'>, string] | null {
  const first = row[0] ?? '';
  const oneCell = /^([^:]{1,30}):\s*(.*)$/.exec(first);
  const key = (oneCell?.[1] ?? first.replace(/:$/, '')).trim().toLowerCase();
  const field = ABOUT_KEYS[key];
  if (!field) return null;
  const value = oneCell && oneCell[2]?.trim() ? oneCell[2] : (row[1] ?? '');
  return [field, value.trim()];
}

/** The column of each heading in a header row, or null when the row is not the header. */
function headerColumns(row: readonly string[]): { level: number; topic: number; statement: number } | null {
  const at = (name: string) => row.findIndex((cell) => cell.trim().toLowerCase() === name);
  const level = at('level');
  const statement = at('statement');
  if (level < 0 || statement < 0) return null;
  return { level, topic: at('topic'), statement };
}

export function isSpreadsheetLayout(rows: readonly (readonly string[])[]): boolean {
  return rows.slice(0, 30).some((row) => headerColumns(row) !== null);
}

export function levelOf(value: string): LevelKey | null {
  const text = value
    .trim()
    .toLowerCase()
    .replace(/^level\s*/, '');
  const byNumber = /^[1-4]$/.test(text) ? LEVEL_KEYS[Number(text) - 1] : undefined;
  return byNumber ?? LEVEL_KEYS.find((key) => key === text) ?? null;
}

/**
 * The documented layout: optional "key: value" rows (Title, Code, Version, Source, Licence), then a header
 * row with Level, Topic and Statement, then one statement a row. An About sheet may hold the key rows instead.
 */
export function readSpreadsheet(
  rows: readonly (readonly string[])[],
  aboutRows: readonly (readonly string[])[],
  leftOut: string[],
): SpreadsheetFramework {
  const meta: Omit<SourceMeta, 'group'> = { title: '' };
  for (const row of aboutRows) {
    const entry = aboutEntry(row);
    if (entry) meta[entry[0]] = entry[1];
  }
  const levels: Record<LevelKey, SourceStatement[]> = { emerging: [], developing: [], proficient: [], advanced: [] };
  let columns: ReturnType<typeof headerColumns> = null;
  rows.forEach((row, index) => {
    if (!columns) {
      columns = headerColumns(row);
      const entry = columns ? null : aboutEntry(row);
      if (entry && !meta[entry[0]]) meta[entry[0]] = entry[1];
      return;
    }
    const cell = (at: number) => (at >= 0 ? (row[at] ?? '').trim() : '');
    const statement = cell(columns.statement);
    const levelText = cell(columns.level);
    if (statement === '' && levelText === '') return;
    const rowName = `Row ${index + 1}`;
    if (statement === '') {
      leftOut.push(`${rowName}: it has a level but no statement.`);
      return;
    }
    const level = levelOf(levelText);
    if (!level) {
      leftOut.push(`${rowName}: the level “${levelText}” is not Emerging, Developing, Proficient, Advanced or 1 to 4.`);
      return;
    }
    const topic = cell(columns.topic);
    levels[level].push({ topic: topic === '' ? null : topic, performance: statement });
  });
  return { meta, levels };
}
