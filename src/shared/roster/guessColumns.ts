import type { ColumnTarget } from './rosterImport';

/** Header words per field, compared without case, spaces, dots, dashes or underscores. */
const HEADER_WORDS: Record<Exclude<ColumnTarget, 'ignore'>, string[]> = {
  fullName: [
    'name',
    'fullname',
    'employeename',
    'staffname',
    'apprentice',
    'apprenticename',
    'trainee',
    'traineename',
    'person',
  ],
  firstName: ['firstname', 'givenname', 'forename', 'first'],
  lastName: ['lastname', 'surname', 'familyname', 'last'],
  employeeId: [
    'employeeid',
    'employeeno',
    'employeenumber',
    'employeenr',
    'badge',
    'badgeid',
    'badgeno',
    'badgenumber',
    'staffnumber',
    'staffno',
    'staffid',
    'payrollnumber',
    'id',
  ],
  team: ['team', 'department', 'dept', 'line', 'shift', 'teamordepartment', 'group'],
  site: ['site', 'location', 'plant', 'factory'],
  trainer: ['trainer', 'mentor', 'supervisor', 'coach', 'manager'],
  startDate: ['startdate', 'start', 'hiredate', 'joined', 'datejoined', 'joindate', 'started', 'dateofhire'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks'],
};

const WORD_TO_FIELD = new Map<string, Exclude<ColumnTarget, 'ignore'>>(
  Object.entries(HEADER_WORDS).flatMap(([field, words]) =>
    words.map((w) => [w, field as Exclude<ColumnTarget, 'ignore'>] as const),
  ),
);

function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replace(/[\s._\-#/()]+/g, '')
    .replace(/number$/, 'number');
}

/** One target per header; a field taken by an earlier column is not given twice. */
export function guessColumns(headers: readonly string[]): ColumnTarget[] {
  const taken = new Set<ColumnTarget>();
  return headers.map((header) => {
    const field = WORD_TO_FIELD.get(headerKey(header));
    if (!field || taken.has(field)) return 'ignore';
    taken.add(field);
    return field;
  });
}

/** A row that names people: a name column, or first and last name columns. */
export function namesPeople(targets: readonly ColumnTarget[]): boolean {
  return targets.includes('fullName') || (targets.includes('firstName') && targets.includes('lastName'));
}
