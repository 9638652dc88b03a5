import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { storedPlanSchema } from '../../../src/main/store/records/recordsSchema';
import { formatDate } from '../../../src/shared/dates';
import { openTestApp, PLANT, TRAINEE } from '../support/testApp';
import { startTestBridge } from '../support/testBridge';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();
const CHECK = { achievedOn: '2026-11-20', assessor: 'Bo Berg', note: 'welded seam test' };

interface Answer {
  ok: boolean;
  value?: unknown;
  error?: { message: string; fields?: { path: string; message: string }[] };
}

/** A bridge (real clock) with one trainee who started on `traineeStart` and a plan that started on `planStart`. */
async function bridgeWithPlan(traineeStart: string, planStart: string) {
  const client = await startTestBridge(await tempDir(), await tempDir());
  const created = (await client.call('trainees:create', { ...TRAINEE, startDate: traineeStart })) as {
    value: { id: string };
  };
  const assigned = (await client.call('plans:assign', {
    traineeId: created.value.id,
    frameworkId: PLANT,
    targetLevel: 'developing',
    targetDate: null,
    startDate: planStart,
  })) as { value: { planId: string } };
  const tick = (achievedOn: string) =>
    client.call('checkoffs:set', {
      planId: assigned.value.planId,
      changes: [
        { statementId: 'emerging.1', checkoff: { ...CHECK, achievedOn: '2026-10-20' } },
        { statementId: 'emerging.2', checkoff: { ...CHECK, achievedOn } },
      ],
    }) as Promise<Answer>;
  const checkoffs = async () =>
    ((await client.call('trainees:get', { id: created.value.id })) as { value: { plans: { checkoffs: object }[] } })
      .value.plans[0]?.checkoffs;
  return { tick, checkoffs };
}

describe('check-off dates, refused by main through the bridge', () => {
  it('refuses a date before the plan started, naming that date and the field', async () => {
    const { tick, checkoffs } = await bridgeWithPlan('2026-09-01', '2026-10-01');
    const answer = await tick('2026-09-30');
    expect(answer.ok).toBe(false);
    expect(answer.error?.message).toBe(
      `The date achieved cannot be before this plan started (${formatDate('2026-10-01')}).`,
    );
    expect(answer.error?.fields).toEqual([{ path: 'changes.1.checkoff.achievedOn', message: answer.error?.message }]);
    // Nothing of the call is saved, not even the change with a good date.
    expect(await checkoffs()).toEqual({});
    expect((await tick('2026-10-01')).ok).toBe(true);
  });

  it('names the trainee’s start when the plan started the same day (a plan cannot start before them)', async () => {
    const { tick } = await bridgeWithPlan('2026-10-15', '2026-10-15');
    const answer = await tick('2026-10-14');
    expect(answer.error?.message).toBe(
      `The date achieved cannot be before Łukasz Żółć started (${formatDate('2026-10-15')}).`,
    );
  });

  it('refuses a date in the future, saying what today is', async () => {
    const { tick } = await bridgeWithPlan('2026-09-01', '2026-10-01');
    const tomorrow = dayjs().add(1, 'day');
    const answer = await tick(tomorrow.format('YYYY-MM-DD'));
    expect(answer.error?.message).toBe(
      `The date achieved cannot be in the future (today is ${formatDate(dayjs().format('YYYY-MM-DD'))}).`,
    );
    expect(answer.error?.fields?.[0]?.path).toBe('changes.1.checkoff.achievedOn');
  });
});

async function withPlan() {
  const ctx = await openTestApp(await tempDir());
  const trainee = await ctx.call('trainees:create', TRAINEE);
  const { planId } = await ctx.call('plans:assign', {
    traineeId: trainee.id,
    frameworkId: PLANT,
    targetLevel: 'developing',
    targetDate: null,
    startDate: '2026-09-01',
  });
  const plan = async () => (await ctx.call('trainees:get', { id: trainee.id })).plans[0];
  return { ...ctx, trainee, planId, plan };
}

describe('check-off changes', () => {
  it('saves a tick without an assessor when the trainer has not set their name', async () => {
    const { call, planId, plan } = await withPlan();
    await call('checkoffs:set', {
      planId,
      changes: [{ statementId: 'emerging.3', checkoff: { achievedOn: '2026-11-22', assessor: ' ', note: '' } }],
    });
    expect((await plan())?.checkoffs['emerging.3']).toMatchObject({ achievedOn: '2026-11-22', assessor: '' });
  });

  it('keeps the removed date, assessor and note in the history and as the statement’s last removed check-off', async () => {
    const { call, history: historyOf, planId, plan, trainee } = await withPlan();
    await call('checkoffs:set', { planId, changes: [{ statementId: 'emerging.4', checkoff: CHECK }] });
    expect((await plan())?.removedCheckoffs).toEqual({});
    await call('checkoffs:set', { planId, changes: [{ statementId: 'emerging.4', checkoff: null }] });

    const history = await historyOf(trainee.id);
    expect(history[0]).toMatchObject({ kind: 'statement.unchecked', before: CHECK, after: null });
    expect((await plan())?.removedCheckoffs).toEqual({
      'emerging.4': { ...CHECK, removedAt: '2026-11-22T10:00:00.000Z' },
    });

    // Re-ticking keeps the offer; restoring it sends the removed details back as an edit.
    await call('checkoffs:set', {
      planId,
      changes: [{ statementId: 'emerging.4', checkoff: { ...CHECK, achievedOn: '2026-11-22', note: '' } }],
    });
    await call('checkoffs:set', { planId, changes: [{ statementId: 'emerging.4', checkoff: CHECK }] });
    expect((await plan())?.checkoffs['emerging.4']).toMatchObject(CHECK);
  });

  it('ticks chosen statements of a level in one call with one event each', async () => {
    const { call, history: historyOf, planId, trainee } = await withPlan();
    const chosen = ['developing.2', 'developing.5', 'developing.9'];
    const result = await call('checkoffs:set', {
      planId,
      changes: chosen.map((statementId) => ({ statementId, checkoff: CHECK })),
    });
    expect(result.previous).toEqual(chosen.map((statementId) => ({ statementId, checkoff: null })));
    const { plans } = await call('trainees:get', { id: trainee.id });
    const history = await historyOf(trainee.id);
    expect(history.slice(0, 3).map((e) => [e.kind, e.statementId])).toEqual(
      [...chosen].reverse().map((id) => ['statement.checked', id]),
    );
    expect(plans[0]?.levels.find((l) => l.level === 'developing')?.achieved).toBe(3);
  });

  it('loads a plan stored before removed check-offs were kept', () => {
    const old = {
      id: 'plan-1',
      frameworkId: PLANT,
      targetLevel: 'developing',
      targetDate: null,
      startDate: '2026-09-01',
      createdAt: '2026-09-01T08:00:00.000Z',
      checkoffs: {},
    };
    expect(storedPlanSchema.parse(old)).toEqual(old);
  });
});
