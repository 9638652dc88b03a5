import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../../src/shared/history/historyEvent';
import type { Plan } from '../../../src/shared/plans/planFields';
import type { Settings } from '../../../src/shared/settings/settings';
import type { Trainee } from '../../../src/shared/trainees/traineeFields';
import { cohortDataFile } from '../../fixtures/cohortData';
import { openTestApp } from '../support/testApp';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();

interface V2File {
  settings: Omit<Settings, 'trainerNameAsked'>;
  trainees: Trainee[];
  plans: Plan[];
  events: HistoryEvent[];
}

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

/** Every trainee, plan, check-off (with the wording it was signed off against) and event, as the app shows them. */
async function expectSameRecords(
  { call, history }: Pick<Awaited<ReturnType<typeof openTestApp>>, 'call' | 'history'>,
  v2: V2File,
) {
  // Older data has no trainerNameAsked: it reads as not yet asked (no prompt shows while a name is set).
  expect(await call('settings:get', {})).toEqual({
    ...v2.settings,
    trainerNameAsked: false,
    startPage: 'trainees',
    rosterMappings: [],
  });
  expect((await call('trainees:list', {})).length).toBe(v2.trainees.length);
  for (const trainee of v2.trainees) {
    const detail = await call('trainees:get', { id: trainee.id });
    expect(detail.trainee).toEqual(trainee);
    const plans = detail.plans.map((plan) => ({
      id: plan.planId,
      traineeId: trainee.id,
      frameworkId: plan.frameworkId,
      targetLevel: plan.targetLevel,
      targetDate: plan.targetDate,
      startDate: plan.startDate,
      createdAt: plan.createdAt,
      checkoffs: plan.checkoffs,
    }));
    expect(plans).toEqual(v2.plans.filter((plan) => plan.traineeId === trainee.id));
    expect(byId(await history(trainee.id))).toEqual(byId(v2.events.filter((event) => event.traineeId === trainee.id)));
  }
}

describe('a data folder written by the one-file versions (trainplan.json, data format 2)', () => {
  it('opens with no step by the user, keeps the old file as it was, and loses or changes no record', async () => {
    const dataDir = await tempDir();
    const text = cohortDataFile(1000, { withNotes: true, withHistory: true });
    await writeFile(join(dataDir, 'trainplan.json'), text);
    const v2 = JSON.parse(text) as V2File;
    expect(v2.events.length).toBeGreaterThan(15_000);
    expect(
      v2.plans.some((plan) => Object.values(plan.checkoffs).some((c) => c.statementText.startsWith('(Older'))),
    ).toBe(true);

    const first = await openTestApp(dataDir);
    expect(await readFile(join(dataDir, 'trainplan.json.before-v3'), 'utf8')).toBe(text);
    await expectSameRecords(first, v2);

    // And again from the new layout's own files, once the journal has been folded in.
    await first.app.store.checkpoint();
    await first.app.close();
    const second = await openTestApp(dataDir);
    await expectSameRecords(second, v2);
  }, 120_000);

  it('names each trainee’s last event, so a history file deleted after the move is noticed', async () => {
    const dataDir = await tempDir();
    const text = cohortDataFile(3, { withHistory: true });
    await writeFile(join(dataDir, 'trainplan.json'), text);
    const v2 = JSON.parse(text) as V2File;
    const trainee = v2.trainees.find((t) => v2.events.some((e) => e.traineeId === t.id));
    if (!trainee) throw new Error('the cohort has no history');
    const first = await openTestApp(dataDir);
    await first.app.close();
    const records = (await readdir(dataDir)).find((name) => name.startsWith('records-')) ?? '';
    await rm(join(dataDir, records, 'history', `${trainee.id}.jsonl`));
    const second = await openTestApp(dataDir);
    const error = await second.app.store.history(trainee.id).then(
      () => null,
      (e: unknown) => e,
    );
    const message = error instanceof Error ? error.message : '';
    expect(message).toContain(`${trainee.fullName}’s history has lost its newest events`);
    expect(message).toContain('Restore a backup from Settings');
  });
});
