import { describe, expect, it } from 'vitest';
import { normaliseFramework } from '../../../src/shared/framework/framework';
import { parseFrameworkFile } from '../../../src/shared/framework/parseFrameworkFile';
import { planProgress } from '../../../src/shared/progress/progressRules';
import { seedJson } from '../../fixtures/frameworkFiles';
import { pressDraft } from '../frameworks/editor/draftFixtures';
import { recordsState } from '../support/folderState';
import { useTempDirs } from '../support/tempDir';
import { openTestApp, TRAINEE } from '../support/testApp';

const tempDir = useTempDirs();

type Levels = Record<string, { label: string; statements: string[] }>;

/** The plant seed with only the given levels kept (a level given as [] is kept with no statements). */
function seedWith(levels: Record<string, string[] | undefined>): string {
  const doc = seedJson('51-8099.00') as { framework: { levels: Levels } };
  const kept: Levels = {};
  for (const [key, statements] of Object.entries(levels)) {
    const level = doc.framework.levels[key];
    if (level && statements) kept[key] = { label: level.label, statements };
  }
  doc.framework.levels = kept;
  return JSON.stringify(doc);
}

const TARGET = { targetDate: '2027-06-30', startDate: '2026-09-01' };

describe('a framework with one to four levels', () => {
  it('reads a file with one level, and leaves out a level that is absent or has no statements', () => {
    const one = normaliseFramework(
      parseFrameworkFile('one.json', seedWith({ emerging: ['Reads the job card'] })),
      'imported',
    );
    expect(one.levels.map((l) => [l.key, l.label, l.statements.length])).toEqual([['emerging', 'Emerging', 1]]);
    const gap = normaliseFramework(
      parseFrameworkFile('gap.json', seedWith({ emerging: ['a'], developing: [], proficient: ['c', 'd'] })),
      'imported',
    );
    expect(gap.levels.map((l) => l.key)).toEqual(['emerging', 'proficient']);
    expect(gap.levels[1]?.statements.map((s) => s.id)).toEqual(['proficient.1', 'proficient.2']);
  });

  it('refuses a file with no statements at any level, in words', () => {
    expect(() => parseFrameworkFile('none.json', seedWith({ emerging: [], advanced: [] }))).toThrow(
      expect.objectContaining({
        message: '“none.json” is not a framework Trainplan can use: it has a problem.',
        fields: [
          {
            path: 'framework.levels',
            message:
              'Levels: has no statements in any level: write at least one statement at one of the levels (emerging, developing, proficient, advanced)',
          },
        ],
      }),
    );
  });

  it('skips a missing level in the progress rules: attained and progress count the levels there are', () => {
    const gap = normaliseFramework(
      parseFrameworkFile('gap.json', seedWith({ emerging: ['a', 'b'], proficient: ['c', 'd'] })),
      'imported',
    );
    const plan = { targetLevel: 'proficient' as const, startDate: '2026-09-01', targetDate: null };
    const some = planProgress(gap, new Set(['emerging.1', 'emerging.2', 'proficient.1']), plan, '2026-11-22');
    expect(some.attained).toBe('emerging');
    // Developing has no statements: progress to Proficient is over Emerging and Proficient only.
    expect(some.toTarget).toEqual({ achieved: 3, total: 4, percent: 75 });
    expect(some.levels.map((l) => l.level)).toEqual(['emerging', 'proficient']);
    const all = planProgress(
      gap,
      new Set(['emerging.1', 'emerging.2', 'proficient.1', 'proficient.2']),
      plan,
      '2026-11-22',
    );
    expect(all.attained).toBe('proficient');
    expect(all.status).toBe('met');
  });

  it('saves an own framework with two levels written; a level it lacks is refused as a target everywhere', async () => {
    const dir = await tempDir();
    const { call, fail } = await openTestApp(dir);
    const draft = pressDraft({ title: 'Abkantpresse' });
    const summary = await call('frameworks:create', {
      ...draft,
      // Left as the empty form shows them: one blank row each.
      levels: { ...draft.levels, proficient: [{ topic: '', performance: '' }], advanced: [] },
    });
    expect(summary.levels).toEqual(['emerging', 'developing']);
    expect(summary.statementCount).toBe(3);
    const stored = await call('frameworks:get', { id: summary.id });
    expect(stored.levels.map((l) => l.label)).toEqual(['Emerging', 'Developing']);

    const trainee = await call('trainees:create', TRAINEE);
    const before = await recordsState(dir);
    const refused = await fail('plans:assign', {
      traineeId: trainee.id,
      frameworkId: summary.id,
      targetLevel: 'proficient',
      ...TARGET,
    });
    const words =
      'Abkantpresse (version 1) has no statements at level Proficient, so it cannot be the target. Choose one of the levels it has: Emerging, Developing.';
    expect(refused).toMatchObject({
      code: 'invalid_input',
      message: words,
      fields: [{ path: 'targetLevel', message: words }],
    });
    const bulk = await fail('trainees:bulk-change', {
      traineeIds: [trainee.id],
      change: { kind: 'assign-plan', frameworkId: summary.id, targetLevel: 'advanced', ...TARGET, trainer: '' },
    });
    expect(bulk.message).toContain('has no statements at level Advanced, so it cannot be the target');
    expect(await recordsState(dir)).toEqual(before);

    const { planId } = await call('plans:assign', {
      traineeId: trainee.id,
      frameworkId: summary.id,
      targetLevel: 'developing',
      ...TARGET,
    });
    const changed = await fail('plans:update', { planId, targetLevel: 'advanced', ...TARGET });
    expect(changed.message).toContain('has no statements at level Advanced');
    const view = await call('trainees:get', { id: trainee.id });
    expect(view.plans[0]?.targetLevel).toBe('developing');
    expect(view.plans[0]?.levels.map((l) => l.label)).toEqual(['Emerging', 'Developing']);
  });

  it('refuses to move a plan to a version that lacks its target level, and moves it once the target is one it has', async () => {
    const { call, fail } = await openTestApp(await tempDir());
    const first = await call('frameworks:create', pressDraft({ title: 'Abkantpresse' }));
    const draft = pressDraft({ title: 'Abkantpresse', version: '2' });
    const second = await call('frameworks:create', {
      ...draft,
      basedOn: first.id,
      levels: { ...draft.levels, proficient: [], advanced: [] },
    });
    const trainee = await call('trainees:create', TRAINEE);
    const { planId } = await call('plans:assign', {
      traineeId: trainee.id,
      frameworkId: first.id,
      targetLevel: 'advanced',
      ...TARGET,
    });
    const plans = [{ traineeId: trainee.id, planId }];
    const refused = await fail('plans:move', { toFrameworkId: second.id, plans, confirmed: [] });
    expect(refused.message).toBe(
      `Version 2 has no statements at the target level of these plans (it has Emerging, Developing): ${TRAINEE.fullName}. Change their target to a level version 2 has first. Nothing was moved.`,
    );
    await call('plans:update', { planId, targetLevel: 'developing', ...TARGET });
    const moved = await call('plans:move', { toFrameworkId: second.id, plans, confirmed: [] });
    expect(moved).toBeTruthy();
  });
});
