import type { LeftOutTrainee } from '../api/appTypes';

/** A problem in a line or two: some name a place 64 levels deep. */
function short(problem: string): string {
  return problem.length > 120 ? `${problem.slice(0, 119)}…` : problem;
}

/** "Ana Silva (the file is empty), Tom Hughes (…) and 3 more": who a backup or an export left out, and why. */
export function namesLeftOut(leftOut: readonly LeftOutTrainee[], shown = 5): string {
  const named = leftOut.slice(0, shown).map((t) => `${t.fullName} (${short(t.problem.replace(/\.$/, ''))})`);
  const more = leftOut.length > shown ? ` and ${String(leftOut.length - shown)} more` : '';
  return `${named.join(', ')}${more}`;
}

/** The sentence shown after a backup or an export that had to leave trainees out; empty when none were. */
export function leftOutSentence(leftOut: readonly LeftOutTrainee[]): string {
  if (leftOut.length === 0) return '';
  const files = leftOut.length === 1 ? 'their records file is' : 'their records files are';
  return `Left out: ${namesLeftOut(leftOut)}, because ${files} damaged. Restore a backup that holds them, or delete them.`;
}

/** After a restore or an import: where the damaged trainees' files were kept, since no backup could hold them. */
export function setAsideSentence(setAside: string | null): string {
  return setAside
    ? ` The damaged trainees’ files could not go into that backup; they were kept as they were in ${setAside}.`
    : '';
}
