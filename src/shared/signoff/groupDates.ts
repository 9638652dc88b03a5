import { checkoffDateProblem, earliestCheckoffDate, planStartFix } from '../checkoffs/checkoffDates';
import { formatDate, type IsoDate } from '../dates';

export interface GroupMember {
  fullName: string;
  planStart: IsoDate;
  traineeStart: IsoDate | null;
}

/** How many names a message lists before saying "and N more": it must stay readable for 200 trainees. */
const NAMES_SHOWN = 10;

function nameList(members: { fullName: string; limit: IsoDate }[]): string {
  const shown = members.slice(0, NAMES_SHOWN).map((m) => `${m.fullName} (${formatDate(m.limit)})`);
  const more = members.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${String(more)} more` : shown.join(', ');
}

/**
 * Why `achievedOn` cannot be used for this group, naming every trainee whose plan or start date is
 * later, or null when it suits them all. The page says it before saving and main refuses with it, so
 * the same checkoffDateProblem rule as a single tick decides for each trainee.
 */
export function groupDateProblem(achievedOn: IsoDate, members: readonly GroupMember[], today: IsoDate): string | null {
  const beforePlan: { fullName: string; limit: IsoDate }[] = [];
  const beforeStart: { fullName: string; limit: IsoDate }[] = [];
  for (const member of members) {
    const limits = { ...member, traineeName: member.fullName, today };
    const problem = checkoffDateProblem(achievedOn, limits);
    if (problem === null) continue;
    if (achievedOn > today) return problem;
    const limit = earliestCheckoffDate(limits);
    (limit === member.planStart ? beforePlan : beforeStart).push({ fullName: member.fullName, limit });
  }
  const parts: string[] = [];
  if (beforePlan.length > 0) parts.push(`The date is before the plan started for: ${nameList(beforePlan)}.`);
  if (beforeStart.length > 0) parts.push(`The date is before the trainee started for: ${nameList(beforeStart)}.`);
  return parts.length > 0 ? `${parts.join(' ')} Choose a later date or leave them out.` : null;
}

/**
 * The members whose plan start must move to `achievedOn` for the group to be signed off on it, when moving
 * those starts is all it takes; null when the date suits everyone or some other rule refuses it.
 */
export function groupPlanStartFix<M extends GroupMember>(
  achievedOn: IsoDate,
  members: readonly M[],
  today: IsoDate,
): M[] | null {
  const moving = members.filter((m) => planStartFix(achievedOn, { ...m, traineeName: m.fullName, today }) !== null);
  if (moving.length === 0) return null;
  const moved = members.map((m) => (moving.includes(m) ? { ...m, planStart: achievedOn } : m));
  return groupDateProblem(achievedOn, moved, today) === null ? moving : null;
}
