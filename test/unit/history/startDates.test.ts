import { describe, expect, it } from 'vitest';
import { formatDate, todayIso } from '../../../src/shared/dates';
import { openTestApp, OFFICE, PLANT, TRAINEE } from '../support/testApp';
import { startTestBridge } from '../support/testBridge';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();
const NAME = TRAINEE.fullName; // starts 2026-09-01
const CHECK = { achievedOn: '2026-10-05', assessor: 'Maria Keane', note: '' };
const TARGET = { targetLevel: 'developing', targetDate: null } as const;

/** A trainee with a plan starting when they did, and a check-off on 5 Oct 2026 (another of 12 Oct). */
async function withCheckoffs() {
  const ctx = await openTestApp(await tempDir());
  const trainee = await ctx.call('trainees:create', TRAINEE);
  const { planId } = await ctx.call('plans:assign', {
    traineeId: trainee.id,
    frameworkId: PLANT,
    ...TARGET,
    startDate: '2026-09-01',
  });
  await ctx.call('checkoffs:set', {
    planId,
    changes: [
      { statementId: 'emerging.2', checkoff: { ...CHECK, achievedOn: '2026-10-12' } },
      { statementId: 'emerging.1', checkoff: CHECK },
    ],
  });
  return { ...ctx, trainee, planId };
}

describe("a trainee's start date", () => {
  it('can move up to their first check-off, not a day after, and the refusal names that check-off', async () => {
    const { call, fail, trainee } = await withCheckoffs();
    expect((await call('trainees:get', { id: trainee.id })).firstCheckoffOn).toBe('2026-10-05');
    const late = await fail('trainees:update', { id: trainee.id, ...TRAINEE, startDate: '2026-10-06' });
    const message = `The start date cannot be after ${NAME}’s first check-off on ${formatDate('2026-10-05')}.`;
    expect(late).toMatchObject({ code: 'invalid_input', message, fields: [{ path: 'startDate', message }] });
    expect((await call('trainees:get', { id: trainee.id })).trainee.startDate).toBe('2026-09-01');
    await call('trainees:update', { id: trainee.id, ...TRAINEE, startDate: '2026-10-05' });
    await call('trainees:update', { id: trainee.id, ...TRAINEE, startDate: null });
    expect((await call('trainees:get', { id: trainee.id })).trainee.startDate).toBeNull();
  });

  it('is no longer held by a check-off that was unchecked', async () => {
    const { call, trainee, planId } = await withCheckoffs();
    await call('checkoffs:set', { planId, changes: [{ statementId: 'emerging.1', checkoff: null }] });
    expect((await call('trainees:get', { id: trainee.id })).firstCheckoffOn).toBe('2026-10-12');
    await call('trainees:update', { id: trainee.id, ...TRAINEE, startDate: '2026-10-12' });
  });
});

describe("a plan's start date", () => {
  it('cannot be before the trainee started, when assigning', async () => {
    const { call, fail, trainee } = await withCheckoffs();
    const early = await fail('plans:assign', {
      traineeId: trainee.id,
      frameworkId: OFFICE,
      ...TARGET,
      startDate: '2026-08-31',
    });
    const message = `The plan cannot start before ${NAME} started on ${formatDate('2026-09-01')}.`;
    expect(early).toMatchObject({ code: 'invalid_input', message, fields: [{ path: 'startDate', message }] });
    await call('plans:assign', { traineeId: trainee.id, frameworkId: OFFICE, ...TARGET, startDate: '2026-09-01' });
  });

  it('moves between the trainee’s start and its own first check-off, both days included', async () => {
    const { call, fail, trainee, planId } = await withCheckoffs();
    const plan = async () => (await call('trainees:get', { id: trainee.id })).plans[0];
    expect((await plan())?.startLimits).toEqual({
      traineeName: NAME,
      traineeStart: '2026-09-01',
      firstCheckoffOn: '2026-10-05',
    });
    const late = await fail('plans:update', { planId, ...TARGET, startDate: '2026-10-06' });
    expect(late.fields).toEqual([
      {
        path: 'startDate',
        message: `The start date cannot be after this plan’s first check-off on ${formatDate('2026-10-05')}.`,
      },
    ]);
    const early = await fail('plans:update', { planId, ...TARGET, startDate: '2026-08-31' });
    expect(early.message).toBe(`The plan cannot start before ${NAME} started on ${formatDate('2026-09-01')}.`);
    await call('plans:update', { planId, ...TARGET, startDate: '2026-10-05' });
    expect((await plan())?.startDate).toBe('2026-10-05');
  });

  it('lets a plan that started before the rule existed change its target without moving its start', async () => {
    const { call, trainee } = await withCheckoffs();
    const { planId } = await call('plans:assign', {
      traineeId: trainee.id,
      frameworkId: OFFICE,
      ...TARGET,
      startDate: '2026-09-01',
    });
    // The trainee's start moves later (nothing limits it but check-offs): the office plan now starts before it.
    await call('trainees:update', { id: trainee.id, ...TRAINEE, startDate: '2026-09-20' });
    await call('plans:update', { planId, ...TARGET, targetLevel: 'advanced', startDate: '2026-09-01' });
    const office = (await call('trainees:get', { id: trainee.id })).plans.find((p) => p.planId === planId);
    expect(office?.targetLevel).toBe('advanced');
  });

  it('says the same through the HTTP bridge', async () => {
    const { call } = await startTestBridge(await tempDir(), await tempDir());
    const trainee = (await call('trainees:create', TRAINEE)).value as { id: string };
    const assign = await call('plans:assign', {
      traineeId: trainee.id,
      frameworkId: PLANT,
      ...TARGET,
      startDate: '2026-08-31',
    });
    expect(assign.error?.message).toBe(`The plan cannot start before ${NAME} started on ${formatDate('2026-09-01')}.`);
    const { planId } = (
      await call('plans:assign', { traineeId: trainee.id, frameworkId: PLANT, ...TARGET, startDate: '2026-09-01' })
    ).value as { planId: string };
    // The bridge runs on the real clock; "today" as main reads it, in the local time zone.
    const today = todayIso();
    await call('checkoffs:set', {
      planId,
      changes: [{ statementId: 'emerging.1', checkoff: { ...CHECK, achievedOn: today } }],
    });
    const moved = await call('plans:update', { planId, ...TARGET, startDate: '2099-01-01' });
    expect(moved.error?.message).toMatch(/^The start date cannot be after this plan’s first check-off on /);
    const traineeMoved = await call('trainees:update', { id: trainee.id, ...TRAINEE, startDate: '2099-01-01' });
    expect(traineeMoved.error?.message).toMatch(
      new RegExp(`^The start date cannot be after ${NAME}’s first check-off on `),
    );
  });
});
