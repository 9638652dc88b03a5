import { indexEntryOf, type IndexEntry, type TraineeDoc } from './recordsSchema';

/** Whether the entry lacks a figure the index now keeps (an index file written by an older Trainplan). */
function lacksDerived(entry: IndexEntry): boolean {
  return (
    entry.lastAchievedOn === undefined ||
    entry.plans.some((plan) => plan.achievedMonths === undefined && plan.achieved.length > 0)
  );
}

/**
 * Index files written before the index kept each trainee's last achievement and achievements per month
 * lack them: they are worked out once from the trainee's own file (only for trainees with check-offs),
 * and index.json carries them from the next checkpoint on. A file that cannot be read leaves them
 * unknown, shown as none.
 */
export async function fillDerivedFields(
  index: ReadonlyMap<string, IndexEntry>,
  setEntry: (id: string, entry: IndexEntry) => void,
  readDoc: (id: string) => Promise<TraineeDoc | undefined>,
): Promise<void> {
  for (const entry of [...index.values()]) {
    if (!lacksDerived(entry)) continue;
    const hasCheckoffs = entry.plans.some((plan) => plan.achieved.length > 0);
    const doc = hasCheckoffs ? await readDoc(entry.id).catch(() => undefined) : undefined;
    if (doc) {
      setEntry(entry.id, indexEntryOf(doc));
    } else {
      setEntry(entry.id, {
        ...entry,
        lastAchievedOn: entry.lastAchievedOn ?? null,
        plans: entry.plans.map((plan) => ({ ...plan, achievedMonths: plan.achievedMonths ?? {} })),
      });
    }
  }
}
