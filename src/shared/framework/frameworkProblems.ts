import type { z } from 'zod';
import type { FieldProblem } from '../api/errors';

const FIELD_NAMES: Record<string, string> = {
  schemaVersion: 'Format version (schemaVersion)',
  exportedAt: 'Export date (exportedAt)',
  occupation: 'Occupation',
  'occupation.soc': 'Occupation SOC code',
  'occupation.title': 'Occupation title',
  'occupation.group': 'Occupation group',
  'occupation.sector': 'Occupation sector',
  'occupation.jobZone': 'Job zone',
  'occupation.jobZoneInferred': 'Job zone inferred (jobZoneInferred)',
  framework: 'Framework',
  'framework.version': 'Framework version',
  'framework.description': 'Framework description',
  'framework.contextCovered': 'Context covered',
  'framework.levels': 'Levels',
  sources: 'Sources',
  attribution: 'Attribution',
};

/** "framework.levels.proficient.statements.3" → "Level 'proficient', statement 4". */
export function describeFrameworkPath(path: readonly PropertyKey[]): string {
  const [a, b, level, d, index] = path;
  if (a === 'framework' && b === 'levels' && typeof level === 'string') {
    const where = `Level '${level}'`;
    if (d === 'label') return `${where}, label`;
    if (d === 'statements' && typeof index === 'number') return `${where}, statement ${index + 1}`;
    if (d === 'statements') return `${where}, statements`;
    return where;
  }
  if (a === 'sources' && typeof b === 'string') return `Source '${b}'`;
  if (path.length === 0) return 'The file';
  const key = path.map(String).join('.');
  return FIELD_NAMES[key] ?? `Field '${key}'`;
}

/** Zod issues as plain-words problems, one per issue, each naming where it is. */
export function frameworkProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => {
    const message = issue.code === 'unrecognized_keys' ? `has unknown fields ${issue.keys.join(', ')}` : issue.message;
    return { path: issue.path.map(String).join('.'), message: `${describeFrameworkPath(issue.path)}: ${message}` };
  });
}
