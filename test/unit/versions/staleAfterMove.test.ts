import { describe, expect, it } from 'vitest';
import { undoCalls } from '../../../src/shared/checklist/undoGroup';
import { PLANT_V2 } from '../../fixtures/versions/plantVersion2';
import { PLANT } from '../support/ids';
import { useTempDirs } from '../support/tempDir';
import { appWithPlantV2, TICK } from './moveSetup';

const tempDir = useTempDirs();

describe('a page left open while its plan moves to another version', () => {
  it('cannot tick or undo by the old version’s statement ids: refused in words, nothing changed', async () => {
    const { call, fail, plans } = await appWithPlantV2(await tempDir());
    const [ana] = plans;
    if (!ana) throw new Error('no plan');
    // A tick from the page, remembered for its Undo with the version it was made on.
    const ticked = await call('checkoffs:set', {
      planId: ana.planId,
      frameworkId: PLANT,
      changes: [{ statementId: 'emerging.4', checkoff: TICK('2026-10-05') }],
    });
    expect(ticked.frameworkId).toBe(PLANT);
    const [undo] = undoCalls([{ ...ticked, verb: 'Checked', subject: 'Control panels and gauges' }]);
    if (!undo) throw new Error('no undo');

    await call('plans:move', { toFrameworkId: PLANT_V2, plans: [ana], confirmed: [] });
    const moved = await call('trainees:get', { id: ana.traineeId });

    // emerging.2 of version 1 is another statement in version 2: the old page must not tick it.
    const stale = await fail('checkoffs:set', {
      planId: ana.planId,
      frameworkId: PLANT,
      changes: [{ statementId: 'emerging.2', checkoff: TICK('2026-10-06') }],
    });
    expect(stale.message).toBe(
      'This plan was moved to version v.27.01 of Plant and System Operators, All Other since the page was shown, so nothing was changed. The page now shows that version: do it again there.',
    );
    expect((await fail('checkoffs:set', { ...undo })).message).toMatch(/^This plan was moved to version v\.27\.01/);
    expect(await call('trainees:get', { id: ana.traineeId })).toEqual(moved);

    // The page as it is now ticks on the new version.
    const fresh = await call('checkoffs:set', {
      planId: ana.planId,
      frameworkId: PLANT_V2,
      changes: [{ statementId: 'emerging.2', checkoff: TICK('2026-10-06') }],
    });
    expect(fresh.frameworkId).toBe(PLANT_V2);
  });
});

describe('a group sign-off’s Undo after one of its plans moved to another version', () => {
  it('is refused in words, and nothing changes', async () => {
    const { call, fail, plans } = await appWithPlantV2(await tempDir());
    const [ana] = plans;
    if (!ana) throw new Error('no plan');
    const signed = await call('checkoffs:sign-off-group', {
      frameworkId: PLANT,
      statementIds: ['emerging.4'],
      planIds: [ana.planId],
      checkoff: TICK('2026-10-05', 'Toolbox talk'),
    });
    expect(signed.changed.map((c) => c.frameworkId)).toEqual([PLANT]);
    await call('plans:move', { toFrameworkId: PLANT_V2, plans: [ana], confirmed: [] });
    const moved = await call('trainees:get', { id: ana.traineeId });

    const undo = await fail('checkoffs:set-many', {
      plans: signed.changed.map(({ planId, frameworkId, previous }) => ({ planId, frameworkId, changes: previous })),
    });
    expect(undo.message).toBe(
      'Ana Silva’s plan was moved to version v.27.01 of Plant and System Operators, All Other since, so nothing was changed.',
    );
    expect(await call('trainees:get', { id: ana.traineeId })).toEqual(moved);
  });
});
