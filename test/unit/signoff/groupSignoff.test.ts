import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/shared/dates';
import { openTestApp, OFFICE, PLANT } from '../support/testApp';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();
// The test clock says 22 Nov 2026.
const CHECK = { achievedOn: '2026-11-20', assessor: 'Maria Keane', note: 'Forklift session, bay 3' };

const person = (fullName: string, extra: { team?: string; startDate?: string } = {}) => ({
  fullName,
  employeeId: '',
  team: extra.team ?? 'Line 1',
  site: 'Leeds',
  trainer: '',
  startDate: extra.startDate ?? '',
  notes: '',
});

/** Trainees with a plan on PLANT each, started on the given dates. */
async function cohort(people: { name: string; team?: string; planStart?: string; startDate?: string }[]) {
  const ctx = await openTestApp(await tempDir());
  const plans: { traineeId: string; planId: string; name: string }[] = [];
  for (const p of people) {
    const trainee = await ctx.call('trainees:create', person(p.name, p));
    const { planId } = await ctx.call('plans:assign', {
      traineeId: trainee.id,
      frameworkId: PLANT,
      targetLevel: 'developing',
      targetDate: null,
      startDate: p.planStart ?? '2026-09-01',
    });
    plans.push({ traineeId: trainee.id, planId, name: p.name });
  }
  return { ...ctx, plans };
}

const checkoffEvents = async (ctx: Awaited<ReturnType<typeof cohort>>, traineeId: string) =>
  (await ctx.history(traineeId))
    .filter((e) => e.kind.startsWith('statement.'))
    .map((e) => [e.kind, e.statementId, e.after?.note ?? null]);

describe('group sign-off', () => {
  it('records one check-off and one event per trainee and statement, with the one note', async () => {
    const ctx = await cohort([{ name: 'Ana Silva' }, { name: 'Ben Okafor' }, { name: 'Chen Wei' }]);
    const [ana, ben, chen] = ctx.plans;
    if (!ana || !ben || !chen) throw new Error('set-up');
    const result = await ctx.call('checkoffs:sign-off-group', {
      frameworkId: PLANT,
      statementIds: ['emerging.1', 'emerging.2'],
      planIds: [ana.planId, ben.planId],
      checkoff: CHECK,
    });
    expect(result.checkoffs).toBe(4);
    expect(result.skipped).toBe(0);
    expect(result.changed.map((c) => c.traineeName)).toEqual(['Ana Silva', 'Ben Okafor']);
    for (const t of [ana, ben]) {
      const detail = await ctx.call('trainees:get', { id: t.traineeId });
      expect(detail.plans[0]?.checkoffs['emerging.1']).toMatchObject(CHECK);
      expect(detail.plans[0]?.checkoffs['emerging.2']).toMatchObject(CHECK);
      expect((await checkoffEvents(ctx, t.traineeId)).sort()).toEqual([
        ['statement.checked', 'emerging.1', CHECK.note],
        ['statement.checked', 'emerging.2', CHECK.note],
      ]);
    }
    expect(await checkoffEvents(ctx, chen.traineeId)).toEqual([]);
  });

  it('keeps an existing check-off untouched and counts it as skipped', async () => {
    const ctx = await cohort([{ name: 'Ana Silva' }, { name: 'Ben Okafor' }]);
    const [ana, ben] = ctx.plans;
    if (!ana || !ben) throw new Error('set-up');
    const earlier = { achievedOn: '2026-10-02', assessor: 'Dev Patel', note: 'Seen on the night shift' };
    await ctx.call('checkoffs:set', {
      planId: ana.planId,
      changes: [{ statementId: 'emerging.1', checkoff: earlier }],
    });

    const result = await ctx.call('checkoffs:sign-off-group', {
      frameworkId: PLANT,
      statementIds: ['emerging.1', 'emerging.2'],
      planIds: [ana.planId, ben.planId],
      checkoff: CHECK,
    });
    expect(result).toMatchObject({ checkoffs: 3, skipped: 1 });
    expect(result.changed.find((c) => c.planId === ana.planId)?.previous).toEqual([
      { statementId: 'emerging.2', checkoff: null },
    ]);
    const detail = await ctx.call('trainees:get', { id: ana.traineeId });
    expect(detail.plans[0]?.checkoffs['emerging.1']).toMatchObject(earlier);
    expect(detail.plans[0]?.checkoffs['emerging.2']).toMatchObject(CHECK);

    const candidates = await ctx.call('signoff:candidates', { frameworkId: PLANT });
    expect(candidates.find((c) => c.planId === ana.planId)?.achieved).toEqual({
      'emerging.1': '2026-10-02',
      'emerging.2': '2026-11-20',
    });
  });

  it('refuses the whole group when the date is before some plans or start dates, naming them, and saves nothing', async () => {
    const ctx = await cohort([
      { name: 'Ana Silva', planStart: '2026-11-21' },
      { name: 'Ben Okafor' },
      { name: 'Chen Wei', startDate: '2026-11-21', planStart: '2026-11-21' },
    ]);
    const before = await ctx.call('signoff:candidates', { frameworkId: PLANT });
    const failure = await ctx.fail('checkoffs:sign-off-group', {
      frameworkId: PLANT,
      statementIds: ['emerging.1'],
      planIds: ctx.plans.map((p) => p.planId),
      checkoff: CHECK,
    });
    expect(failure.message).toBe(
      `The date is before the plan started for: Ana Silva (${formatDate('2026-11-21')}), Chen Wei (${formatDate('2026-11-21')}). ` +
        'Choose a later date or leave them out.',
    );
    expect(failure.fields.map((f) => f.path)).toEqual(['checkoff.achievedOn']);
    expect(await ctx.call('signoff:candidates', { frameworkId: PLANT })).toEqual(before);
    expect(await checkoffEvents(ctx, ctx.plans[1]?.traineeId ?? '')).toEqual([]);

    const future = await ctx.fail('checkoffs:sign-off-group', {
      frameworkId: PLANT,
      statementIds: ['emerging.1'],
      planIds: [ctx.plans[1]?.planId ?? ''],
      checkoff: { ...CHECK, achievedOn: '2026-11-23' },
    });
    expect(future.message).toBe(`The date achieved cannot be in the future (today is ${formatDate('2026-11-22')}).`);
  });

  it('undoes the whole group in one call, restoring exactly what each trainee had', async () => {
    const ctx = await cohort([{ name: 'Ana Silva' }, { name: 'Ben Okafor' }]);
    const [ana, ben] = ctx.plans;
    if (!ana || !ben) throw new Error('set-up');
    const earlier = { achievedOn: '2026-10-02', assessor: 'Dev Patel', note: 'Seen on the night shift' };
    await ctx.call('checkoffs:set', {
      planId: ben.planId,
      changes: [{ statementId: 'emerging.3', checkoff: earlier }],
    });
    const detailsBefore = await Promise.all(ctx.plans.map((p) => ctx.call('trainees:get', { id: p.traineeId })));

    const result = await ctx.call('checkoffs:sign-off-group', {
      frameworkId: PLANT,
      statementIds: ['emerging.1', 'emerging.2', 'emerging.3'],
      planIds: [ana.planId, ben.planId],
      checkoff: CHECK,
    });
    const undone = await ctx.call('checkoffs:set-many', {
      plans: result.changed.map(({ planId, previous }) => ({ planId, changes: previous })),
    });
    expect(undone.changed.flatMap((c) => c.previous)).toHaveLength(5);

    const detailsAfter = await Promise.all(ctx.plans.map((p) => ctx.call('trainees:get', { id: p.traineeId })));
    // Everything as it was, and the group's check-offs kept as each statement's last removed one, so a
    // re-tick offers them back like any other uncheck.
    const withoutRemoved = (plans: (typeof detailsAfter)[number]['plans']) =>
      plans.map((plan) => ({ ...plan, removedCheckoffs: undefined }));
    expect(detailsAfter.map((d) => withoutRemoved(d.plans))).toEqual(detailsBefore.map((d) => withoutRemoved(d.plans)));
    expect(Object.keys(detailsAfter[0]?.plans[0]?.removedCheckoffs ?? {}).sort()).toEqual([
      'emerging.1',
      'emerging.2',
      'emerging.3',
    ]);
    expect(detailsAfter[0]?.plans[0]?.removedCheckoffs?.['emerging.1']).toMatchObject(CHECK);
    // History is never rewritten: the undo is five more events, one per check-off removed.
    expect((await checkoffEvents(ctx, ana.traineeId)).filter(([kind]) => kind === 'statement.unchecked')).toHaveLength(
      3,
    );
  });

  it('lists only active trainees with a plan on the framework, by team, with what they have achieved', async () => {
    const ctx = await cohort([
      { name: 'Ana Silva', team: 'Line 1' },
      { name: 'Ben Okafor', team: 'Line 2' },
      { name: 'Chen Wei', team: 'Line 2' },
    ]);
    await ctx.call('trainees:set-archived', { id: ctx.plans[2]?.traineeId ?? '', archived: true });
    const other = await ctx.call('trainees:create', person('Dana Byrne'));
    await ctx.call('plans:assign', {
      traineeId: other.id,
      frameworkId: OFFICE,
      targetLevel: 'emerging',
      targetDate: null,
      startDate: '2026-09-01',
    });
    const all = await ctx.call('signoff:candidates', { frameworkId: PLANT });
    expect(all.map((c) => [c.fullName, c.team, c.planStart, c.traineeStart])).toEqual([
      ['Ana Silva', 'Line 1', '2026-09-01', null],
      ['Ben Okafor', 'Line 2', '2026-09-01', null],
    ]);
    const line2 = await ctx.call('signoff:candidates', { frameworkId: PLANT, team: 'Line 2' });
    expect(line2.map((c) => c.fullName)).toEqual(['Ben Okafor']);
  });

  it('refuses unknown and foreign plans, archived trainees and statements of another framework, changing nothing', async () => {
    const ctx = await cohort([{ name: 'Ana Silva' }, { name: 'Ben Okafor' }]);
    const [ana, ben] = ctx.plans;
    if (!ana || !ben) throw new Error('set-up');
    const office = await ctx.call('plans:assign', {
      traineeId: ben.traineeId,
      frameworkId: OFFICE,
      targetLevel: 'emerging',
      targetDate: null,
      startDate: '2026-09-01',
    });
    const group = (planIds: string[], statementIds = ['emerging.1']) =>
      ctx.fail('checkoffs:sign-off-group', { frameworkId: PLANT, statementIds, planIds, checkoff: CHECK });

    expect((await group([ana.planId, 'no-such-plan'])).message).toBe(
      '1 of the chosen plans no longer exist (no-such-plan). Reload the page and choose the trainees again.',
    );
    expect((await group([ana.planId, office.planId])).message).toBe(
      "These trainees' plans are not on Plant and System Operators, All Other (51-8099.00, v.26.05): Ben Okafor.",
    );
    expect((await group([ana.planId], ['emerging.1', 'legendary.1', 'advanced.11'])).message).toBe(
      'These statements are not part of Plant and System Operators, All Other (51-8099.00, v.26.05): legendary.1, advanced.11.',
    );
    await ctx.call('trainees:set-archived', { id: ben.traineeId, archived: true });
    expect((await group([ana.planId, ben.planId])).message).toBe(
      'These trainees are archived: Ben Okafor. Restore them or leave them out.',
    );
    expect(await checkoffEvents(ctx, ana.traineeId)).toEqual([]);
  });

  it('lists a changed start date and a corrected check-off date at once (what was read is never kept past a change)', async () => {
    const ctx = await cohort([{ name: 'Ana Silva' }]);
    const [ana] = ctx.plans;
    if (!ana) throw new Error('set-up');
    await ctx.call('signoff:candidates', { frameworkId: PLANT });
    await ctx.call('checkoffs:set', { planId: ana.planId, changes: [{ statementId: 'emerging.1', checkoff: CHECK }] });
    await ctx.call('signoff:candidates', { frameworkId: PLANT });
    // Same clock, same statements held: only the dates differ.
    await ctx.call('checkoffs:set', {
      planId: ana.planId,
      changes: [{ statementId: 'emerging.1', checkoff: { ...CHECK, achievedOn: '2026-11-02' } }],
    });
    await ctx.call('trainees:update', { id: ana.traineeId, ...person('Ana Silva', { startDate: '2026-08-15' }) });
    const [listed] = await ctx.call('signoff:candidates', { frameworkId: PLANT });
    expect(listed).toMatchObject({ traineeStart: '2026-08-15', achieved: { 'emerging.1': '2026-11-02' } });
  });
});
