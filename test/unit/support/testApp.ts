import { openTrainplan } from '../../../src/main/services';
import type { CallName } from '../../../src/shared/api/callNames';
import type { CallInput, CallOutput } from '../../../src/shared/api/contract';
import { ApiError, type ApiFailure } from '../../../src/shared/api/errors';
import { SEEDS_DIR } from '../../fixtures/frameworkFiles';
import { closeAfterTest } from './tempDir';

export { OFFICE, PLANT } from './ids';

/** The real services over a temp folder, called through the same dispatch the transports use. */
let instances = 0;

export async function openTestApp(dataDir: string, clock = { now: new Date('2026-11-22T10:00:00Z') }) {
  let counter = 0;
  // Apps opened one after another on the same folder must not hand out the same ids.
  const instance = (instances += 1);
  const app = await openTrainplan({
    dataDir,
    seedsDir: SEEDS_DIR,
    mode: 'browser',
    version: 'test',
    now: () => clock.now,
    newId: () => `id-${String(instance)}-${String((counter += 1)).padStart(4, '0')}`,
  });
  closeAfterTest(app);

  async function call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
    const result = await app.dispatch(name, input);
    if (!result.ok) throw ApiError.fromFailure(result.error);
    return result.value as CallOutput<K>;
  }

  async function fail(name: CallName, input: unknown): Promise<ApiFailure> {
    const result = await app.dispatch(name, input);
    if (result.ok) throw new Error(`${name} was expected to fail`);
    return result.error;
  }

  /** A trainee's whole history, newest first, read a page at a time as the trainee page reads it. */
  async function history(traineeId: string) {
    const events: CallOutput<'history:query'>['events'] = [];
    let cursor: string | null = null;
    do {
      const page: CallOutput<'history:query'> = await call('history:query', { traineeId, cursor, limit: 200 });
      events.push(...page.events);
      cursor = page.nextCursor;
    } while (cursor !== null);
    return events;
  }

  return { app, call, fail, clock, history };
}

export const TRAINEE = {
  fullName: 'Łukasz Żółć',
  employeeId: 'B-1001',
  team: 'Line 2',
  site: 'Leeds',
  trainer: 'Maria Keane',
  startDate: '2026-09-01',
  notes: '',
};
