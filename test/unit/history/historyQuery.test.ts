import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../../src/shared/history/historyEvent';
import { HISTORY_GROUPS } from '../../../src/shared/history/historyQuery';
import { openTestApp, OFFICE, PLANT, TRAINEE } from '../support/testApp';
import { startTestBridge } from '../support/testBridge';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();
const CHECK = { achievedOn: '2026-10-20', assessor: 'Maria Keane', note: 'Seen' };
const statements = (level: string) => Array.from({ length: 10 }, (_, i) => `${level}.${String(i + 1)}`);

/** A trainee with two plans (one later removed) and over 1,000 events, each a minute after the last. */
async function longHistory() {
  const clock = { now: new Date('2026-11-01T08:00:00Z') };
  const ctx = await openTestApp(await tempDir(), clock);
  const tick = () => (clock.now = new Date(clock.now.getTime() + 60_000));
  const trainee = await ctx.call('trainees:create', TRAINEE);
  const plant = await ctx.call('plans:assign', {
    traineeId: trainee.id,
    frameworkId: PLANT,
    targetLevel: 'advanced',
    targetDate: null,
    startDate: '2026-09-01',
  });
  const office = await ctx.call('plans:assign', {
    traineeId: trainee.id,
    frameworkId: OFFICE,
    targetLevel: 'emerging',
    targetDate: null,
    startDate: '2026-09-01',
  });
  const all = ['emerging', 'developing', 'proficient', 'advanced'].flatMap(statements);
  for (let round = 0; round < 24; round += 1) {
    tick();
    // Rounds alternate plans, and each plan's rounds alternate checking and unchecking all 40 statements.
    const planId = round % 2 === 0 ? office.planId : plant.planId;
    const checkoff = Math.floor(round / 2) % 2 === 0 ? CHECK : null;
    await ctx.call('checkoffs:set', { planId, changes: all.map((statementId) => ({ statementId, checkoff })) });
    tick();
    await ctx.call('trainees:update', { id: trainee.id, ...TRAINEE, team: `Line ${String(round)}` });
    tick();
    await ctx.call('plans:update', {
      planId: plant.planId,
      targetLevel: round % 2 === 0 ? 'proficient' : 'advanced',
      targetDate: null,
      startDate: '2026-09-01',
    });
  }
  tick();
  await ctx.call('plans:remove', { planId: office.planId });
  const stored = await ctx.app.store.history(trainee.id);
  return { ...ctx, tick, trainee, plantId: plant.planId, officeId: office.planId, stored };
}

async function allPages(
  call: Awaited<ReturnType<typeof openTestApp>>['call'],
  query: { traineeId: string; kinds?: ('checkoffs' | 'plans' | 'details')[]; planId?: string },
  limit: number,
) {
  const events: HistoryEvent[] = [];
  const sizes: number[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof call<'history:query'>>> = await call('history:query', {
      ...query,
      cursor,
      limit,
    });
    events.push(...page.events);
    sizes.push(page.events.length);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return { events, sizes };
}

describe('history:query over a long history', () => {
  it('pages through 1,000+ events newest first, each exactly once, with the total', async () => {
    const { call, trainee, stored } = await longHistory();
    expect(stored.length).toBeGreaterThan(1000);
    const first = await call('history:query', { traineeId: trainee.id, limit: 200 });
    expect(first.total).toBe(stored.length);
    expect(first.events).toHaveLength(200);
    expect(first.events[0]?.kind).toBe('plan.removed');

    const { events, sizes } = await allPages(call, { traineeId: trainee.id }, 200);
    expect(sizes.slice(0, -1).every((n) => n === 200)).toBe(true);
    expect(events.map((e) => e.id)).toEqual([...stored].reverse().map((e) => e.id));
    const times = events.map((e) => e.at);
    expect(times).toEqual([...times].sort().reverse());
    expect(events.at(-1)?.kind).toBe('trainee.created');
  });

  it('filters by kind and by plan, removed plans included, paging the filtered events', async () => {
    const { call, trainee, stored, officeId, plantId } = await longHistory();
    const checkoffKinds: readonly string[] = HISTORY_GROUPS.checkoffs;
    const office = await allPages(call, { traineeId: trainee.id, kinds: ['checkoffs'], planId: officeId }, 37);
    const expected = stored.filter((e) => checkoffKinds.includes(e.kind) && e.planId === officeId).reverse();
    expect(expected.length).toBeGreaterThan(37);
    expect(office.events.map((e) => e.id)).toEqual(expected.map((e) => e.id));

    const details = await call('history:query', { traineeId: trainee.id, kinds: ['details'], limit: 200 });
    expect(details.total).toBe(25);
    expect(new Set(details.events.map((e) => e.kind))).toEqual(new Set(['trainee.edited', 'trainee.created']));

    const planChanges = await call('history:query', {
      traineeId: trainee.id,
      kinds: ['plans', 'details'],
      planId: plantId,
      limit: 5,
    });
    expect(planChanges.total).toBe(25);
    expect(planChanges.events.every((e) => e.kind.startsWith('plan.') && e.planId === plantId)).toBe(true);
    expect(planChanges.plans).toEqual([
      {
        planId: officeId,
        frameworkTitle: 'Office Machine Operators, Except Computer (43-9071.00, v.26.05)',
        removed: true,
      },
      {
        planId: plantId,
        frameworkTitle: 'Plant and System Operators, All Other (51-8099.00, v.26.05)',
        removed: false,
      },
    ]);
  });

  it('keeps its place when newer events arrive between two pages', async () => {
    const { call, trainee, tick, stored } = await longHistory();
    const first = await call('history:query', { traineeId: trainee.id, limit: 50 });
    tick();
    await call('trainees:update', { id: trainee.id, ...TRAINEE, team: 'Night shift' });
    const second = await call('history:query', { traineeId: trainee.id, cursor: first.nextCursor, limit: 50 });
    expect(second.total).toBe(first.total + 1);
    const ids = [...first.events, ...second.events].map((e) => e.id);
    expect(new Set(ids).size).toBe(100);
    const newestFirst = [...stored].reverse().map((e) => e.id);
    expect(ids).toEqual(newestFirst.slice(0, 100));
  });
});

describe('history:query through the HTTP bridge', () => {
  it('refuses a huge limit, an unknown kind, a bad cursor and an unknown trainee, saying what is wrong', async () => {
    const { call } = await startTestBridge(await tempDir(), await tempDir());
    const created = await call('trainees:create', TRAINEE);
    const traineeId = (created.value as { id: string }).id;

    const huge = await call('history:query', { traineeId, limit: 10 ** 9 });
    expect(huge).toMatchObject({ ok: false, error: { message: 'At most 200 events can be shown at once.' } });
    const zero = await call('history:query', { traineeId, limit: 0 });
    expect(zero.error?.message).toBe('Show at least one event.');
    const kind = await call('history:query', { traineeId, kinds: ['everything'], limit: 10 });
    expect(kind.error?.message).toBe('Choose what to show: check-offs, plan changes or trainee details.');
    const cursor = await call('history:query', { traineeId, cursor: 'not-an-event', limit: 10 });
    expect(cursor.error?.message).toBe(
      'That part of the history is no longer there. Show the history again from the newest event.',
    );
    const numberCursor = await call('history:query', { traineeId, cursor: 42, limit: 10 });
    expect(numberCursor.error?.message).toBe('The page to show is not valid.');
    const extra = await call('history:query', { traineeId, limit: 10, everything: true });
    expect(extra.ok).toBe(false);
    const nobody = await call('history:query', { traineeId: 'nobody', limit: 10 });
    expect(nobody.error?.message).toBe('That trainee is not in Trainplan. They may have been deleted.');

    const good = await call('history:query', { traineeId, limit: 10 });
    expect(good).toMatchObject({
      ok: true,
      value: { total: 1, nextCursor: null, events: [{ kind: 'trainee.created' }] },
    });
  });
});
