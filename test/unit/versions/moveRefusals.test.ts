import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newFrameworkText } from '../../fixtures/frameworkFiles';
import { PLANT_V2, plantVersion2 } from '../../fixtures/versions/plantVersion2';
import { PLANT } from '../support/ids';
import { startTestBridge } from '../support/testBridge';
import { useTempDirs } from '../support/tempDir';
import { appWithPlantV2, person } from './moveSetup';

const tempDir = useTempDirs();

/** Every file of the data folder and its bytes, to prove a refused call wrote nothing. */
async function folderContents(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path] = (await readFile(path)).toString('base64');
  }
  return files;
}

describe('refused moves change nothing', () => {
  it('refuses a move to an older version, and two plans of one trainee landing on the same version', async () => {
    const dir = await tempDir();
    const { call, fail, plans, app } = await appWithPlantV2(dir);
    const [ana] = plans;
    if (!ana) throw new Error('no plan');
    // A version between the two, and a second plan of Ana's on it.
    const between = plantVersion2().doc as { framework: { version: string } };
    between.framework.version = 'v.26.09';
    await call('frameworks:import', { fileName: 'plant-v26-09.json', text: JSON.stringify(between) });
    const { planId } = await call('plans:assign', {
      traineeId: ana.traineeId,
      frameworkId: '51-8099.00@v.26.09',
      targetLevel: 'emerging',
      targetDate: null,
      startDate: '2026-09-01',
    });
    const second = { traineeId: ana.traineeId, planId };
    const benId = (await call('trainees:create', person('Ben Okafor'))).id;
    const benPlan = await call('plans:assign', {
      traineeId: benId,
      frameworkId: '51-8099.00@v.26.09',
      targetLevel: 'emerging',
      targetDate: null,
      startDate: '2026-09-01',
    });
    const ben = { traineeId: benId, planId: benPlan.planId };
    await app.store.checkpoint();
    const before = await folderContents(dir);

    const both = await fail('plans:move', { toFrameworkId: PLANT_V2, plans: [ana, second], confirmed: [] });
    expect(both.message).toBe(
      'These trainees have two of the chosen plans, and a trainee can have only one plan on version v.27.01: Ana Silva. Choose one plan each. Nothing was moved.',
    );
    const back = await fail('plans:move', { toFrameworkId: PLANT, plans: [ben], confirmed: [] });
    expect(back.message).toBe(
      'Version v.26.05 is older than the version these plans are on: Ben Okafor. Plans move only to a later version. Nothing was moved.',
    );
    expect(await folderContents(dir)).toEqual(before);
  });

  it('moves no plan when one of them was removed meanwhile', async () => {
    const dir = await tempDir();
    const { call, fail, plans, app } = await appWithPlantV2(dir, ['Ana Silva', 'Ben Okafor']);
    const [ana, ben] = plans;
    if (!ana || !ben) throw new Error('no plans');
    await call('plans:remove', { planId: ben.planId });
    await app.store.checkpoint();
    const before = await folderContents(dir);

    const error = await fail('plans:move', { toFrameworkId: PLANT_V2, plans: [ana, ben], confirmed: [] });
    expect(error.message).toBe(
      'One of the chosen plans no longer exists (removed since the list was shown). Nothing was moved: close this and choose the plans again.',
    );
    expect((await call('trainees:get', { id: ana.traineeId })).plans[0]?.frameworkId).toBe(PLANT);
    expect(await folderContents(dir)).toEqual(before);
  });

  it('refuses another framework, the same version and statements that did not change, in words', async () => {
    const dir = await tempDir();
    const { call, fail, plans, app } = await appWithPlantV2(dir);
    const [ana] = plans;
    if (!ana) throw new Error('no plan');
    await call('frameworks:import', { fileName: 'machinists.json', text: newFrameworkText({ version: '2' }) });
    await app.store.checkpoint();
    const before = await folderContents(dir);
    const move = (input: Record<string, unknown>) =>
      fail('plans:move', { toFrameworkId: PLANT_V2, plans: [ana], confirmed: [], ...input });

    expect((await move({ toFrameworkId: '51-4041.00@2' })).message).toBe(
      'These plans are not on a version of Machinists, so they cannot move to version 2: Ana Silva. Nothing was moved.',
    );
    expect((await move({ toFrameworkId: PLANT })).message).toBe(
      'These plans are already on version v.26.05: Ana Silva. Nothing was moved.',
    );
    expect((await move({ toFrameworkId: '51-8099.00@v9' })).message).toBe(
      'That version of the framework is not in the library. It may have been removed.',
    );
    expect((await move({ confirmed: [{ fromFrameworkId: PLANT, statementId: 'emerging.1' }] })).message).toBe(
      'Statement emerging.1 of version v.26.05 is not one whose wording changed in this move. Nothing was moved: open the move again.',
    );
    expect((await move({ plans: [{ ...ana, traineeId: 'someone-else' }] })).message).toContain(
      'One of the chosen plans no longer exists',
    );
    const preview = await fail('plans:move-preview', { toFrameworkId: PLANT, plans: [ana] });
    expect(preview.message).toBe('These plans are already on version v.26.05: Ana Silva. Nothing was moved.');
    expect(await folderContents(dir)).toEqual(before);
  });

  it('refuses a trainee who already has a plan on the new version', async () => {
    const { call, fail, plans } = await appWithPlantV2(await tempDir());
    const [ana] = plans;
    if (!ana) throw new Error('no plan');
    await call('plans:assign', {
      traineeId: ana.traineeId,
      frameworkId: PLANT_V2,
      targetLevel: 'emerging',
      targetDate: null,
      startDate: '2026-09-01',
    });
    const error = await fail('plans:move', { toFrameworkId: PLANT_V2, plans: [ana], confirmed: [] });
    expect(error.message).toBe('These trainees already have a plan on version v.27.01: Ana Silva. Nothing was moved.');
    expect(await call('plans:older-versions', { id: PLANT_V2 })).toEqual([]);
  });
});

describe('moving plans through the HTTP bridge', () => {
  it('answers hostile input with a clear message and writes nothing', async () => {
    const dir = await tempDir();
    const { call, app, bridge } = await startTestBridge(join(dir, 'data'), join(dir, 'renderer'));
    await call('frameworks:import', { fileName: 'plant-v2.json', text: plantVersion2().text });
    const trainee = (await call('trainees:create', person('Ana Silva'))).value as { id: string };
    const assigned = await call('plans:assign', {
      traineeId: trainee.id,
      frameworkId: PLANT,
      targetLevel: 'emerging',
      targetDate: null,
      startDate: '2026-01-01',
    });
    const plan = { traineeId: trainee.id, planId: (assigned.value as { planId: string }).planId };
    await app.store.checkpoint();
    const before = await folderContents(join(dir, 'data'));
    const move = (input: Record<string, unknown>) =>
      call('plans:move', { toFrameworkId: PLANT_V2, plans: [plan], confirmed: [], ...input });

    const cases: [Record<string, unknown>, string][] = [
      [{ plans: [] }, 'Choose at least one plan to move.'],
      [{ plans: [plan, plan] }, 'A plan is listed twice.'],
      [{ plans: [{ ...plan, planId: '__proto__' }] }, 'That is not a plan Trainplan knows.'],
      [{ plans: [{ ...plan, planId: 7 }] }, 'Choose a plan.'],
      [{ plans: 'all' }, 'Choose the plans to move.'],
      [{ toFrameworkId: 42 }, 'Choose the version to move to.'],
      [
        { confirmed: [{ fromFrameworkId: PLANT, statementId: '__proto__' }] },
        'A statement id looks like "emerging.3".',
      ],
      [{ confirmed: 'yes' }, 'Say which new wordings you accept.'],
      [{ extra: 1 }, 'Trainplan does not know the field “extra”.'],
    ];
    for (const [input, message] of cases) {
      const answer = await move(input);
      expect(answer.ok, message).toBe(false);
      expect(answer.error?.message).toContain(message);
    }
    // A "__proto__" key sent as raw JSON is refused before it can reach an object's prototype.
    const raw = await fetch(`http://127.0.0.1:${String(bridge.port)}/api/plans:move`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-trainplan-token': bridge.token },
      body: `{"toFrameworkId":"${PLANT_V2}","plans":[${JSON.stringify(plan)}],"confirmed":[],"__proto__":{"x":1}}`,
    });
    const answer = (await raw.json()) as { ok: boolean; error?: { message: string } };
    expect(answer.ok).toBe(false);
    expect(answer.error?.message).toBe(
      'The request has a key named “__proto__” (in the top level), which Trainplan does not accept.',
    );
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(await folderContents(join(dir, 'data'))).toEqual(before);
  });
});
