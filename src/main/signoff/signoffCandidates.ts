import type { SignoffCandidate } from '../../shared/signoff/groupSignoff';
import type { ServiceContext } from '../serviceContext';

/**
 * The trainees who can be signed off on a framework: not archived, with a plan on it. The index says
 * who they are without opening a file; only their own files are read, for the trainee's start date
 * and the dates already achieved, which the index does not hold.
 */
export async function signoffCandidates(
  ctx: Pick<ServiceContext, 'store' | 'frameworks'>,
  input: { frameworkId: string; team?: string | undefined },
): Promise<SignoffCandidate[]> {
  const framework = ctx.frameworks.get(input.frameworkId);
  const chosen: { traineeId: string; planId: string }[] = [];
  for (const entry of ctx.store.entries()) {
    if (entry.archived || (input.team !== undefined && entry.team !== input.team)) continue;
    const plan = entry.plans.find((p) => p.frameworkId === framework.id);
    if (plan) chosen.push({ traineeId: entry.id, planId: plan.id });
  }
  const candidates: SignoffCandidate[] = [];
  for (const { traineeId, planId } of chosen) {
    const doc = await ctx.store.doc(traineeId);
    const plan = doc?.plans.find((p) => p.id === planId);
    if (!doc || !plan) continue;
    const { trainee } = doc;
    candidates.push({
      traineeId,
      fullName: trainee.fullName,
      employeeId: trainee.employeeId,
      team: trainee.team,
      site: trainee.site,
      planId,
      planStart: plan.startDate,
      traineeStart: trainee.startDate,
      achieved: Object.fromEntries(Object.entries(plan.checkoffs).map(([id, c]) => [id, c.achievedOn])),
    });
  }
  return candidates.sort((a, b) => a.fullName.localeCompare(b.fullName) || a.planId.localeCompare(b.planId));
}
