import { describe, expect, it } from 'vitest';
import { openTestApp, PLANT, TRAINEE } from '../support/testApp';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();

async function threeTrainees(dir: string) {
  const test = await openTestApp(dir);
  const ids: string[] = [];
  for (const [i, fullName] of ['Anna Berg', 'Ben Cole', 'Cara Diaz'].entries()) {
    const t = await test.call('trainees:create', {
      ...TRAINEE,
      fullName,
      employeeId: `B-${String(i)}`,
      team: 'Line 1',
      trainer: 'Maria Keane',
    });
    ids.push(t.id);
  }
  // Counts the changes written to the records: a bulk change must be one.
  let writes = 0;
  test.app.store.onChange(() => {
    writes += 1;
  });
  return { ...test, ids, writes: () => writes };
}

const ASSIGN = {
  kind: 'assign-plan' as const,
  frameworkId: PLANT,
  targetLevel: 'developing' as const,
  targetDate: '2027-06-30',
  startDate: '2026-09-01',
  trainer: 'Jan Nowak',
};

describe('changing several trainees at once', () => {
  it('assigns one plan, target, dates and trainer to every selected trainee as one change', async () => {
    const { call, ids, writes, history } = await threeTrainees(await tempDir());
    const result = await call('trainees:bulk-change', { traineeIds: ids, change: ASSIGN });
    expect(result).toMatchObject({ changed: 3, skipped: [] });
    expect(writes()).toBe(1);
    for (const id of ids) {
      const detail = await call('trainees:get', { id });
      expect(detail.trainee.trainer).toBe('Jan Nowak');
      expect(detail.plans).toMatchObject([
        { frameworkId: PLANT, targetLevel: 'developing', targetDate: '2027-06-30', startDate: '2026-09-01' },
      ]);
      expect((await history(id)).map((e) => e.kind)).toEqual(['trainee.edited', 'plan.assigned', 'trainee.created']);
    }
  });

  it('starts each plan on its own trainee’s start date unless one date is chosen for all', async () => {
    const { call, fail, ids } = await threeTrainees(await tempDir());
    await call('trainees:update', {
      id: ids[1] ?? '',
      ...TRAINEE,
      fullName: 'Ben Cole',
      employeeId: 'B-1',
      startDate: '2026-10-15',
    });
    await call('trainees:update', {
      id: ids[2] ?? '',
      ...TRAINEE,
      fullName: 'Cara Diaz',
      employeeId: 'B-2',
      startDate: '',
    });
    const late = await fail('trainees:bulk-change', {
      traineeIds: ids,
      change: { ...ASSIGN, startDate: null, targetDate: '2026-10-01' },
    });
    expect(late.message).toBe('The target date cannot be before Ben Cole’s plan starts on Oct 15, 2026.');
    await call('trainees:bulk-change', { traineeIds: ids, change: { ...ASSIGN, startDate: null } });
    const starts = [];
    for (const id of ids) starts.push((await call('trainees:get', { id })).plans[0]?.startDate);
    // Cara has no start date: her plan starts on the day it is assigned (the test clock's today).
    expect(starts).toEqual(['2026-09-01', '2026-10-15', '2026-11-22']);
  });

  it('undoes the whole change at once, as one change', async () => {
    const { call, ids, writes } = await threeTrainees(await tempDir());
    const result = await call('trainees:bulk-change', { traineeIds: ids, change: ASSIGN });
    await call('trainees:bulk-undo', { trainees: result.before });
    expect(writes()).toBe(2);
    for (const id of ids) {
      const detail = await call('trainees:get', { id });
      expect(detail.plans).toEqual([]);
      expect(detail.trainee.trainer).toBe('Maria Keane');
    }
  });

  it('skips, naming them, trainees who already have the plan, and refuses a start before a trainee started', async () => {
    const { call, fail, ids } = await threeTrainees(await tempDir());
    await call('plans:assign', {
      traineeId: ids[0] ?? '',
      frameworkId: PLANT,
      targetLevel: 'emerging',
      targetDate: null,
      startDate: '2026-09-01',
    });
    const early = await fail('trainees:bulk-change', {
      traineeIds: ids.slice(1),
      change: { ...ASSIGN, frameworkId: PLANT, startDate: '2026-08-01' },
    });
    expect(early.message).toBe('The plan cannot start before Ben Cole started on Sep 1, 2026.');
    expect((await call('trainees:get', { id: ids[2] ?? '' })).plans).toEqual([]);
    const result = await call('trainees:bulk-change', { traineeIds: ids, change: ASSIGN });
    expect(result.changed).toBe(2);
    expect(result.skipped).toEqual([{ fullName: 'Anna Berg', reason: 'already has this plan' }]);

    const tooLong = await fail('trainees:bulk-change', {
      traineeIds: ids.slice(1),
      change: { kind: 'set-team', team: 'x'.repeat(101) },
    });
    expect(tooLong.message).toBe('Team or department can be at most 100 characters (this one has 101).');
  });

  it('sets the team or the trainer, or archives, for all selected, and Undo puts each back', async () => {
    const { call, ids } = await threeTrainees(await tempDir());
    const team = await call('trainees:bulk-change', {
      traineeIds: ids,
      change: { kind: 'set-team', team: 'Press line' },
    });
    await call('trainees:bulk-change', {
      traineeIds: ids.slice(0, 2),
      change: { kind: 'set-trainer', trainer: 'Ola Lis' },
    });
    const archived = await call('trainees:bulk-change', { traineeIds: ids.slice(0, 1), change: { kind: 'archive' } });
    const rows = await call('trainees:list', {});
    expect(rows.map((r) => [r.fullName, r.team, r.trainer, r.archived])).toEqual([
      ['Anna Berg', 'Press line', 'Ola Lis', true],
      ['Ben Cole', 'Press line', 'Ola Lis', false],
      ['Cara Diaz', 'Press line', 'Maria Keane', false],
    ]);
    await call('trainees:bulk-undo', { trainees: archived.before });
    await call('trainees:bulk-undo', { trainees: team.before });
    const after = await call('trainees:list', {});
    expect(after.map((r) => [r.team, r.archived])).toEqual([
      ['Line 1', false],
      ['Line 1', false],
      ['Line 1', false],
    ]);
  });

  it('refuses the whole change when a selected trainee has gone, changing nobody', async () => {
    const { call, fail, ids } = await threeTrainees(await tempDir());
    const error = await fail('trainees:bulk-change', {
      traineeIds: [...ids, 'gone'],
      change: { kind: 'set-team', team: 'Press line' },
    });
    expect(error.message).toBe(
      '1 of the selected trainees no longer exists. Nothing was changed: reload the list and select again.',
    );
    expect((await call('trainees:list', {})).map((r) => r.team)).toEqual(['Line 1', 'Line 1', 'Line 1']);
  });

  it('does not undo a new plan that has been ticked since', async () => {
    const { call, fail, ids } = await threeTrainees(await tempDir());
    const result = await call('trainees:bulk-change', { traineeIds: ids, change: ASSIGN });
    const planId = result.before[1]?.addedPlanId ?? '';
    const plant = await call('frameworks:get', { id: PLANT });
    const statementId = plant.levels[0]?.statements[0]?.id ?? '';
    await call('checkoffs:set', {
      planId,
      changes: [{ statementId, checkoff: { achievedOn: '2026-11-20', assessor: 'Maria Keane', note: '' } }],
    });
    const error = await fail('trainees:bulk-undo', { trainees: result.before });
    expect(error.message).toContain('Ben Cole');
    expect((await call('trainees:get', { id: ids[0] ?? '' })).plans).toHaveLength(1);
  });

  it('lists every trainee the filters match, for “select all shown”', async () => {
    const { call, ids } = await threeTrainees(await tempDir());
    const all = await call('trainees:matching-ids', {
      filter: {
        search: 'cole',
        team: null,
        site: null,
        trainer: null,
        frameworkId: null,
        status: null,
        includeArchived: false,
      },
    });
    expect(all).toEqual([ids[1]]);
  });
});
