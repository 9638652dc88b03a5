import { ApiError } from '../../../shared/api/errors';
import { frameworkFileSchema, type FrameworkFile } from '../../../shared/framework/frameworkFileSchema';
import { frameworkProblems } from '../../../shared/framework/frameworkProblems';
import { LEVEL_KEYS, LEVEL_LABELS, type LevelKey } from '../../../shared/framework/levels';
import { MAX_STATEMENT_CHARS } from '../../../shared/framework/limits';

export interface SourceStatement {
  topic: string | null;
  performance: string;
}

export interface SourceMeta {
  title: string;
  /** An occupation code: used as the SOC code when shaped like 51-4041.00, else kept as the framework's own code. */
  code?: string;
  /**
   * The code Trainplan keeps the framework's versions under, written by Trainplan's own spreadsheet export
   * ("Trainplan code"), so a workbook exported and imported back joins the same framework.
   */
  trainplanCode?: string;
  version?: string;
  source?: string;
  licence?: string;
  description?: string;
  /** What kind of file it came from, shown as the occupation group ("CASE package"). */
  group: string;
}

const SOC = /^\d{2}-\d{4}\.\d{2}$/;

/**
 * Plans point at a framework by code and version, so a framework without a SOC code needs a stable one:
 * "00-" (no SOC major group uses 00) and digits from the title and code, so the same framework
 * imported twice is recognised as the same.
 */
export function codeFor(meta: Pick<SourceMeta, 'title' | 'code' | 'trainplanCode'>): string {
  if (meta.trainplanCode && SOC.test(meta.trainplanCode.trim())) return meta.trainplanCode.trim();
  if (meta.code && SOC.test(meta.code.trim())) return meta.code.trim();
  let hash = 0x811c9dc5;
  for (const char of `${meta.title.trim().toLowerCase()}|${(meta.code ?? '').trim().toLowerCase()}`) {
    hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  }
  const digits = String(hash % 1_000_000).padStart(6, '0');
  return `00-${digits.slice(0, 4)}.${digits.slice(4)}`;
}

/** A code that is not a SOC code ("PB-101"), to show in place of the made-up one; null when there is none. */
function ownCode(code: string | undefined): string | null {
  const trimmed = code?.replace(/\s+/g, ' ').trim() ?? '';
  return trimmed === '' || SOC.test(trimmed) ? null : trimmed.slice(0, 40);
}

function statementText({ topic, performance }: SourceStatement): string {
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
  const what = clean(performance);
  const about = topic ? clean(topic) : '';
  if (what === '') return '';
  return about && about.toLowerCase() !== what.toLowerCase() ? `${about} — ${what}` : what;
}

/**
 * The converted framework in our own file format, checked by the same schema as an export. Statements
 * that cannot be stored (empty, too long, repeated) are left out with a reason rather than refusing the file.
 */
export function buildFrameworkFile(
  meta: SourceMeta,
  levels: Partial<Record<LevelKey, SourceStatement[]>>,
  leftOut: string[],
  now: Date,
  /** The source's own names for its levels ("Level 1"); Trainplan's names otherwise. */
  labels: Partial<Record<LevelKey, string>> = {},
): FrameworkFile {
  const title = meta.title.replace(/\s+/g, ' ').trim();
  if (title === '') {
    throw new ApiError('invalid_framework', 'The file does not give the framework a title, so it cannot be named.', []);
  }
  // A level with nothing in it is left out of the file: a framework has the levels that are written.
  const built: FrameworkFile['framework']['levels'] = {};
  for (const key of LEVEL_KEYS) {
    const seen = new Set<string>();
    const statements: string[] = [];
    for (const statement of levels[key] ?? []) {
      const text = statementText(statement);
      if (text === '') continue;
      if (text.length > MAX_STATEMENT_CHARS) {
        leftOut.push(`${LEVEL_LABELS[key]}: “${text.slice(0, 60)}…” is longer than ${MAX_STATEMENT_CHARS} characters.`);
      } else if (seen.has(text.toLowerCase())) {
        leftOut.push(`${LEVEL_LABELS[key]}: “${text}” appears twice; it is kept once.`);
      } else {
        seen.add(text.toLowerCase());
        statements.push(text);
      }
    }
    const label = labels[key]?.replace(/\s+/g, ' ').trim() || LEVEL_LABELS[key];
    if (statements.length > 0) built[key] = { label, statements };
  }
  if (Object.keys(built).length === 0) {
    throw new ApiError(
      'invalid_framework',
      'The framework has no statements in any level. Write at least one statement at one level.',
      [],
    );
  }
  const sources: Record<string, string> = {};
  if (meta.source?.trim()) sources.source = meta.source.trim();
  if (meta.licence?.trim()) sources.licence = meta.licence.trim();
  const file = {
    schemaVersion: '1.0',
    exportedAt: now.toISOString(),
    occupation: {
      soc: codeFor(meta),
      ...(ownCode(meta.code) ? { code: ownCode(meta.code) } : {}),
      title,
      group: meta.group,
      sector: '',
      // Other formats do not say how much preparation the job needs; the middle zone, marked as assumed.
      jobZone: 3,
      jobZoneInferred: true,
    },
    framework: {
      version: meta.version?.trim() || '1',
      description: meta.description?.trim() ?? '',
      contextCovered: '',
      levels: built,
    },
    sources,
    attribution: '',
  };
  const parsed = frameworkFileSchema.safeParse(file);
  if (!parsed.success) {
    throw new ApiError(
      'invalid_framework',
      'The converted framework is not one Trainplan can store.',
      frameworkProblems(parsed.error),
    );
  }
  return parsed.data;
}
