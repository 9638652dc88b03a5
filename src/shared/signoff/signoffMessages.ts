import { plural } from '../text/plural';
import type { ChangedPlan, GroupSignoffResult } from './groupSignoff';

/** "Signed off 3 statements for 12 trainees. 2 already achieved were kept as they were." */
export function signedOffMessage(statements: number, result: GroupSignoffResult): string {
  const trainees = plural(result.changed.length, 'trainee', 'trainees');
  const done =
    result.checkoffs === 0
      ? 'Nothing new to sign off.'
      : `Signed off ${plural(statements, 'statement', 'statements')} for ${trainees}.`;
  const kept =
    result.skipped === 0
      ? ''
      : result.skipped === 1
        ? ' 1 check-off already achieved was kept as it was.'
        : ` ${result.skipped.toLocaleString('en')} check-offs already achieved were kept as they were.`;
  return `${done}${kept}`;
}

/** What the Undo did, in words: the trainer must be able to trust it put everything back. */
export function undoneMessage(changed: ChangedPlan[]): string {
  const removed = changed.reduce((n, plan) => n + plan.previous.length, 0);
  return `Undone: ${plural(removed, 'check-off', 'check-offs')} removed from ${plural(changed.length, 'trainee', 'trainees')}. Their checklists are as they were before the sign-off.`;
}

/**
 * The line beside Sign off: what it will do, or what is still missing. After a sign-off the statements and
 * details stay for the next group, so only its trainees are asked for.
 */
export function signoffHint(statements: number, trainees: number): string {
  if (statements > 0 && trainees > 0) {
    return `Signs off ${plural(statements, 'statement', 'statements')} for ${plural(trainees, 'trainee', 'trainees')}.`;
  }
  if (statements > 0) return 'Choose the trainees who demonstrated it.';
  if (trainees > 0) return 'Choose the statements that were shown.';
  return 'Choose statements and trainees first.';
}
