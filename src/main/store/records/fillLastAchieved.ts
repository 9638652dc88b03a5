import { lastAchievedOn, type IndexEntry, type TraineeDoc } from './recordsSchema';

/**
 * Index files written before the index kept each trainee's last achievement lack it: it is worked out
 * once from the trainee's own file (only for trainees with check-offs), and index.json carries it
 * from the next checkpoint on. A file that cannot be read leaves it unknown, shown as none.
 */
export async function fillLastAchieved(
  index: Map<string, IndexEntry>,
  readDoc: (id: string) => Promise<TraineeDoc | undefined>,
): Promise<void> {
  for (const entry of [...index.values()]) {
    if (entry.lastAchievedOn !== undefined) continue;
    let found: string | null = null;
    if (entry.plans.some((plan) => plan.achieved.length > 0)) {
      const doc = await readDoc(entry.id).catch(() => undefined);
      found = doc ? lastAchievedOn(doc) : null;
    }
    index.set(entry.id, { ...entry, lastAchievedOn: found });
  }
}
