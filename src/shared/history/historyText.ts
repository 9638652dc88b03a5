import { formatDate } from '../dates';
import { LEVEL_LABELS, type LevelKey } from '../framework/levels';
import { withoutMadeUpCode } from '../framework/shownCode';
import type { HistoryEvent } from './historyEvent';
import { sameValue } from './sameValue';

const FIELD_LABELS: Record<string, string> = {
  fullName: 'name',
  employeeId: 'ID',
  team: 'team',
  site: 'site',
  trainer: 'trainer',
  startDate: 'start date',
  notes: 'notes',
  targetLevel: 'target level',
  targetDate: 'target date',
  achievedOn: 'date achieved',
  assessor: 'assessor',
  note: 'evidence note',
};

function show(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(none)';
  if (key === 'targetLevel' && typeof value === 'string') return LEVEL_LABELS[value as LevelKey];
  if (/Date$|On$/.test(key) && typeof value === 'string') return formatDate(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The fields that changed, "label: before → after". Events recorded before main skipped unchanged fields
 * may carry every field, or "" against null: a field that reads the same is left out here too.
 */
function changes(event: HistoryEvent): string {
  const after = event.after ?? {};
  const before = event.before ?? {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .filter((k) => !sameValue(before[k], after[k]))
    .map((k) => `${FIELD_LABELS[k] ?? k}: ${show(k, before[k])} → ${show(k, after[k])}`)
    .join('; ');
}

/** A check-off's date, assessor and note, as one line: what a tick recorded, or what an uncheck removed. */
function checkoffLine(fields: Record<string, unknown> | null): string {
  const note = fields?.note;
  return `${show('achievedOn', fields?.achievedOn)} · assessed by ${show('assessor', fields?.assessor)}${note ? ` · ${show('note', note)}` : ''}`;
}

/** The old check-offs a move recorded, as stored (history is data from disk: anything unexpected is skipped). */
function movedCheckoffs(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null);
}

function quoted(checkoff: Record<string, unknown>): string {
  const text = typeof checkoff.statementText === 'string' ? checkoff.statementText : '';
  return `“${text}” (${show('achievedOn', checkoff.achievedOn)}, ${show('assessor', checkoff.assessor)})`;
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/**
 * "Moved from version 1 to version 2: 7 check-offs carried over, 1 with new wording: “old” (…); 1 gone: “old” (…)".
 * The old wording is quoted for every check-off that did not carry over unchanged.
 */
function moveLine(event: HistoryEvent): string {
  const before = event.before ?? {};
  const after = event.after ?? {};
  const carried = count(after.carried);
  const reworded = movedCheckoffs(before.reworded);
  const dropped = movedCheckoffs(before.dropped);
  const gone = dropped.filter((c) => c.reason !== 'not_confirmed');
  const notKept = dropped.filter((c) => c.reason === 'not_confirmed');
  const parts = [
    `${carried === 1 ? '1 check-off' : `${String(carried)} check-offs`} carried over` +
      (reworded.length > 0 ? `, ${String(reworded.length)} with new wording: ${reworded.map(quoted).join(', ')}` : ''),
  ];
  if (gone.length > 0) parts.push(`${String(gone.length)} gone: ${gone.map(quoted).join(', ')}`);
  if (notKept.length > 0) {
    parts.push(`${String(notKept.length)} not kept (wording changed): ${notKept.map(quoted).join(', ')}`);
  }
  return `Moved from version ${show('version', before.version)} to version ${show('version', after.version)}: ${parts.join('; ')}`;
}

/** One line a trainer can read for each kind of event. */
export function describeEvent(event: HistoryEvent): { title: string; subject?: string; detail: string } {
  const framework = withoutMadeUpCode(event.frameworkTitle ?? '');
  const statement = event.statementText ?? '';
  switch (event.kind) {
    case 'trainee.created':
      return { title: 'Trainee added', detail: '' };
    case 'trainee.edited':
      return { title: 'Details edited', detail: changes(event) };
    case 'trainee.archived':
      return { title: 'Archived', detail: '' };
    case 'trainee.restored':
      return { title: 'Restored from the archive', detail: '' };
    case 'plan.assigned':
      return {
        title: 'Plan assigned:',
        subject: framework,
        detail: `Target ${show('targetLevel', event.after?.targetLevel)} by ${show('targetDate', event.after?.targetDate)}`,
      };
    case 'plan.changed':
      return { title: 'Plan changed:', subject: framework, detail: changes(event) };
    case 'plan.removed':
      return {
        title: 'Plan removed:',
        subject: framework,
        detail: `${show('count', event.before?.statementsAchieved ?? 0)} statements had been achieved`,
      };
    case 'plan.moved':
      return { title: 'Plan moved to a new version:', subject: framework, detail: moveLine(event) };
    case 'statement.checked':
      return {
        title: 'Checked off:',
        subject: statement,
        detail: checkoffLine(event.after),
      };
    case 'statement.unchecked':
      return {
        title: 'Unchecked:',
        subject: statement,
        detail: `Removed: ${checkoffLine(event.before)}`,
      };
    case 'statement.edited':
      return { title: 'Check-off edited:', subject: statement, detail: changes(event) };
  }
}
