import { plural } from '../text/plural';
import type { BulkChange, BulkChangeResult } from './bulkChange';

const DONE: Record<BulkChange['kind'], string> = {
  'assign-plan': 'Plan assigned to',
  'set-trainer': 'Trainer set for',
  'set-team': 'Team set for',
  archive: 'Archived',
};

/** The confirmation after a change to several trainees: how many, and who was left as they were and why. */
export function bulkOutcomeText(
  kind: BulkChange['kind'],
  result: Pick<BulkChangeResult, 'changed' | 'skipped'>,
): string {
  const done = `${DONE[kind]} ${plural(result.changed, 'trainee')}.`;
  if (result.skipped.length === 0) return done;
  const shown = result.skipped.slice(0, 5).map((s) => `${s.fullName} (${s.reason})`);
  const more = result.skipped.length > 5 ? ` and ${String(result.skipped.length - 5)} more` : '';
  return `${done} Left as they were: ${shown.join(', ')}${more}.`;
}
