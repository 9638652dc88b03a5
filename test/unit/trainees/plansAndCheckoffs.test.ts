import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/shared/dates';
import { newFrameworkText } from '../../fixtures/frameworkFiles';
import { openTestApp, OFFICE, PLANT, TRAINEE } from '../support/testApp';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();
const CHECK = { achievedOn: '2026-11-20', assessor: 'Maria Keane', note: 'Observed on line 2' };

async function withPlan(targetLevel: 'emerging' | 'developing' = 'developing') {
  const dir = await tempDir();
  const ctx = await openTestApp(dir);
  const trainee = await ctx.call('trainees:create', TRAINEE);
  const { planId } = await ctx.call('plans:assign', {
    traineeId: trainee.id,
    frameworkId: PLANT,
    targetLevel,
    targetDate: '2027-03-31',
    startDate: '2026-09-01',
  });
  return { ...ctx, dir, trainee, planId };
}

const ids = (level: string, n: number) => Array.from({ length: n }, (_, i) => `${level}.${i + 1}`);

describe('plans', () => {
  it('assigns a framework once per trainee, with its target in the history', async () => {
    const { call, fail, trainee } = await withPlan();
    const again = await fail('plans:assign', {
      traineeId: trainee.id,
      frameworkId: PLANT,
      targetLevel: 'advanced',
      targetDate: null,
      startDate: '2026-09-01',
    });
    expect(again.message).toBe(
      'Łukasz Żółć already has a plan for Plant and System Operators, All Other (51-8099.00, v.26.05).',
    );
    await call('plans:assign', {
      traineeId: trainee.id,
      frameworkId: OFFICE,
      targetLevel: 'emerging',
      targetDate: null,
      startDate: '2026-10-01',
    });
    const detail = await call('trainees:get', { id: trainee.id });
    // Nothing done with 82 of the 211 days from start to target gone: behind the pace to the target.
    expect(detail.plans.map((p) => [p.frameworkTitle, p.targetLevel, p.status])).toEqual([
      ['Plant and System Operators, All Other', 'developing', 'behind'],
      ['Office Machine Operators, Except Computer', 'emerging', 'no_date'],
    ]);
  });

  it('refuses a target date before the start date, and an unknown level', async () => {
    const { fail, trainee } = await withPlan();
    const early = await fail('plans:assign', {
      traineeId: trainee.id,
      frameworkId: OFFICE,
      targetLevel: 'emerging',
      targetDate: '2026-01-01',
      startDate: '2026-09-01',
    });
    expect(early.fields).toEqual([{ path: 'targetDate', message: 'The target date cannot be before the start date.' }]);
    const level = await fail('plans:assign', {
      traineeId: trainee.id,
      frameworkId: OFFICE,
      targetLevel: 'expert',
      targetDate: null,
      startDate: '2026-09-01',
    });
    expect(level.fields[0]?.message).toBe('Choose a target level: Emerging, Developing, Proficient or Advanced.');
  });

  it('changes a target, and removing a plan keeps its history', async () => {
    const { call, history, trainee, planId } = await withPlan();
    await call('plans:update', {
      planId,
      targetLevel: 'proficient',
      targetDate: '2027-03-31',
      startDate: '2026-09-01',
    });
    await call('checkoffs:set', { planId, changes: [{ statementId: 'emerging.1', checkoff: CHECK }] });
    await call('plans:remove', { planId });
    const detail = await call('trainees:get', { id: trainee.id });
    expect(detail.plans).toEqual([]);
    const events = await history(trainee.id);
    expect(events.map((e) => e.kind)).toEqual([
      'plan.removed',
      'statement.checked',
      'plan.changed',
      'plan.assigned',
      'trainee.created',
    ]);
    expect(events[2]).toMatchObject({
      before: { targetLevel: 'developing' },
      after: { targetLevel: 'proficient' },
    });
    expect(events[0]).toMatchObject({
      before: { statementsAchieved: 1 },
      frameworkTitle: 'Plant and System Operators, All Other (51-8099.00, v.26.05)',
    });
  });

  it('keeps a framework in use from being removed from the library', async () => {
    const { call, fail, trainee } = await withPlan();
    const imported = await call('frameworks:import', {
      fileName: 'machinists.json',
      text: newFrameworkText(),
    });
    await call('plans:assign', {
      traineeId: trainee.id,
      frameworkId: imported.id,
      targetLevel: 'emerging',
      targetDate: null,
      startDate: '2026-09-01',
    });
    expect((await fail('frameworks:remove', { id: imported.id })).message).toBe(
      'Machinists is used by one trainee’s plan. Remove those plans first.',
    );
  });
});

describe('check-offs', () => {
  it('checks a statement with date, assessor and note, quoting the statement text', async () => {
    const ctx = await withPlan();
    const { call, trainee, planId } = ctx;
    const result = await call('checkoffs:set', { planId, changes: [{ statementId: 'emerging.1', checkoff: CHECK }] });
    expect(result.previous).toEqual([{ statementId: 'emerging.1', checkoff: null }]);
    const { plans } = await call('trainees:get', { id: trainee.id });
    const history = await ctx.history(trainee.id);
    expect(plans[0]?.checkoffs['emerging.1']).toMatchObject({
      ...CHECK,
      statementText:
        'Safety and sanitation regulations — recognize and follow under direct supervisor guidance on the plant floor.',
    });
    expect(history[0]).toMatchObject({
      kind: 'statement.checked',
      statementId: 'emerging.1',
      before: null,
      after: CHECK,
    });
  });

  it('refuses a date in the future and an over-long note, saving nothing', async () => {
    const { call, fail, trainee, planId } = await withPlan();
    const future = await fail('checkoffs:set', {
      planId,
      changes: [{ statementId: 'emerging.1', checkoff: { ...CHECK, achievedOn: '2026-11-23' } }],
    });
    expect(future.message).toBe(`The date achieved cannot be in the future (today is ${formatDate('2026-11-22')}).`);
    const long = await fail('checkoffs:set', {
      planId,
      changes: [{ statementId: 'emerging.1', checkoff: { ...CHECK, note: 'n'.repeat(2001) } }],
    });
    expect(long.fields[0]?.message).toBe('Evidence note can be at most 2,000 characters (this one has 2,001).');
    const longAssessor = await fail('checkoffs:set', {
      planId,
      changes: [{ statementId: 'emerging.1', checkoff: { ...CHECK, assessor: 'a'.repeat(201) } }],
    });
    expect(longAssessor.fields[0]?.message).toBe('Assessor can be at most 200 characters (this one has 201).');
    const unknown = await fail('checkoffs:set', { planId, changes: [{ statementId: 'expert.1', checkoff: CHECK }] });
    expect(unknown.message).toBe('Statement expert.1 is not part of Plant and System Operators, All Other.');
    expect((await call('trainees:get', { id: trainee.id })).plans[0]?.checkoffs).toEqual({});
  });

  it('checks a whole level with one event per statement, and undoes it by sending back the previous states', async () => {
    const { call, history, trainee, planId } = await withPlan();
    await call('checkoffs:set', { planId, changes: [{ statementId: 'emerging.1', checkoff: CHECK }] });
    const bulk = await call('checkoffs:set', {
      planId,
      changes: ids('emerging', 10).map((statementId) => ({ statementId, checkoff: { ...CHECK, note: 'Bulk' } })),
    });
    expect(bulk.previous).toHaveLength(10);
    let detail = await call('trainees:get', { id: trainee.id });
    expect(detail.plans[0]?.attained).toBe('emerging');
    let events = await history(trainee.id);
    expect(events.filter((e) => e.kind === 'statement.checked')).toHaveLength(10);
    expect(events.filter((e) => e.kind === 'statement.edited')).toHaveLength(1);

    await call('checkoffs:set', { planId, changes: bulk.previous });
    detail = await call('trainees:get', { id: trainee.id });
    expect(Object.keys(detail.plans[0]?.checkoffs ?? {})).toEqual(['emerging.1']);
    expect(detail.plans[0]?.checkoffs['emerging.1']?.note).toBe('Observed on line 2');
    expect(detail.plans[0]?.attained).toBeNull();
    events = await history(trainee.id);
    expect(events.filter((e) => e.kind === 'statement.unchecked')).toHaveLength(9);
  });

  it('edits a check-off’s date, keeping the wording that was signed off, and records unchecking', async () => {
    const ctx = await withPlan();
    const { call, trainee, planId } = ctx;
    await call('checkoffs:set', { planId, changes: [{ statementId: 'developing.2', checkoff: CHECK }] });
    await call('checkoffs:set', {
      planId,
      changes: [{ statementId: 'developing.2', checkoff: { ...CHECK, achievedOn: '2026-11-01' } }],
    });
    await call('checkoffs:set', { planId, changes: [{ statementId: 'developing.2', checkoff: null }] });
    const history = await ctx.history(trainee.id);
    expect(history.slice(0, 3).map((e) => [e.kind, e.before?.achievedOn ?? null, e.after?.achievedOn ?? null])).toEqual(
      [
        ['statement.unchecked', '2026-11-01', null],
        ['statement.edited', '2026-11-20', '2026-11-01'],
        ['statement.checked', null, '2026-11-20'],
      ],
    );
    expect(history[0]?.statementText).toContain('—');
  });

  it('lists each trainee with attained and target level, progress, status and next target date', async () => {
    const { call, planId, clock } = await withPlan('emerging');
    await call('checkoffs:set', {
      planId,
      changes: ids('emerging', 4).map((statementId) => ({ statementId, checkoff: CHECK })),
    });
    let [row] = await call('trainees:list', {});
    expect(row?.plans[0]).toMatchObject({
      attained: null,
      targetLevel: 'emerging',
      toTarget: { achieved: 4, total: 10, percent: 40 },
      status: 'on_track',
    });
    expect(row?.nextTargetDate).toBe('2027-03-31');
    // Last activity is when the statements were achieved, not when they were recorded.
    expect(row?.lastActivity).toBe('2026-11-20');
    expect(row?.lastEditedAt).toBe('2026-11-22T10:00:00.000Z');

    // 16 days before the target date, 92 % of the time gone: 40 % done is behind, 90 % is only due soon.
    clock.now = new Date('2027-03-15T10:00:00Z');
    [row] = await call('trainees:list', {});
    expect(row?.plans[0]?.status).toBe('behind');
    await call('checkoffs:set', {
      planId,
      changes: ids('emerging', 9).map((statementId) => ({ statementId, checkoff: CHECK })),
    });
    [row] = await call('trainees:list', {});
    expect(row?.plans[0]?.status).toBe('due_soon');
    await call('checkoffs:set', {
      planId,
      changes: ids('emerging', 10).map((statementId) => ({ statementId, checkoff: CHECK })),
    });
    [row] = await call('trainees:list', {});
    expect(row?.plans[0]).toMatchObject({ attained: 'emerging', status: 'met' });
    expect(row?.nextTargetDate).toBeNull();
    expect(row?.lastActivity).toBe('2026-11-20');
    expect(row?.lastEditedAt).toBe('2027-03-15T10:00:00.000Z');
  });
});
