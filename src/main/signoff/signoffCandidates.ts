import type { IsoDate } from '../../shared/dates';
import type { SignoffCandidate } from '../../shared/signoff/groupSignoff';
import type { ServiceContext } from '../serviceContext';
import type { IndexEntry } from '../store/records/recordsSchema';

/** What a candidate needs that the index does not hold: read from the trainee's own file. */
interface FromFile {
  traineeStart: IsoDate | null;
  achieved: Map<string, Record<string, IsoDate>>;
}

/**
 * The trainees who can be signed off on a framework: not archived, with a plan on it. The index says
 * who they are without opening a file; only their own files are read, for the trainee's start date
 * and the dates already achieved, which the index does not hold. What was read is kept per index
 * entry: the store replaces a trainee's entry whenever their records change and never edits one, so
 * a file is read again only after its trainee changed (as the trainees list caches its rows).
 */
export function createSignoffCandidates(ctx: Pick<ServiceContext, 'store' | 'frameworks'>) {
  const read = new WeakMap<IndexEntry, FromFile>();

  async function fromFile(entry: IndexEntry): Promise<FromFile | undefined> {
    const known = read.get(entry);
    if (known) return known;
    const doc = await ctx.store.doc(entry.id);
    if (!doc) return undefined;
    const found: FromFile = {
      traineeStart: doc.trainee.startDate,
      achieved: new Map(
        doc.plans.map((p) => [
          p.id,
          Object.fromEntries(Object.entries(p.checkoffs).map(([id, c]) => [id, c.achievedOn])),
        ]),
      ),
    };
    // Only while the entry read is still the current one: a change meanwhile made a new entry.
    if (ctx.store.entry(entry.id) === entry) read.set(entry, found);
    return found;
  }

  return async (input: { frameworkId: string; team?: string | undefined }): Promise<SignoffCandidate[]> => {
    const framework = ctx.frameworks.get(input.frameworkId);
    const chosen: { entry: IndexEntry; plan: IndexEntry['plans'][number] }[] = [];
    for (const entry of ctx.store.entries()) {
      if (entry.archived || (input.team !== undefined && entry.team !== input.team)) continue;
      const plan = entry.plans.find((p) => p.frameworkId === framework.id);
      if (plan) chosen.push({ entry, plan });
    }
    const candidates: SignoffCandidate[] = [];
    for (const { entry, plan } of chosen) {
      const file = await fromFile(entry);
      const achieved = file?.achieved.get(plan.id);
      if (!file || !achieved) continue;
      candidates.push({
        traineeId: entry.id,
        fullName: entry.fullName,
        employeeId: entry.employeeId,
        team: entry.team,
        site: entry.site,
        planId: plan.id,
        planStart: plan.startDate,
        targetLevel: plan.targetLevel,
        targetDate: plan.targetDate,
        traineeStart: file.traineeStart,
        achieved,
      });
    }
    return candidates.sort((a, b) => a.fullName.localeCompare(b.fullName) || a.planId.localeCompare(b.planId));
  };
}
