import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/shared/dates';
import { DEFAULT_MATRIX_SORT } from '../../../src/shared/overview/matrix';
import { NO_FILTER } from '../../../src/shared/trainees/traineeFilter';
import { describeEvent } from '../../../src/shared/history/historyText';
import { PLANT_V2, PLANT_V2_VERSION, REWORDED_TEXT } from '../../fixtures/versions/plantVersion2';
import { readPdf } from '../reports/pdfInspect';
import { PLANT } from '../support/testApp';
import { useTempDirs } from '../support/tempDir';
import { appWithPlantV2, TICK } from './moveSetup';

const tempDir = useTempDirs();
const OLD_EMERGING_2 =
  'Attendance and hours records — enter accurately into time accounting software with assistance from a lead operator.';

describe('moving plans to a new framework version', () => {
  it('previews statement by statement and what happens to each check-off', async () => {
    const { call, plans } = await appWithPlantV2(await tempDir());
    const preview = await call('plans:move-preview', { toFrameworkId: PLANT_V2, plans: plans.slice(0, 1) });

    expect(preview.to).toMatchObject({ frameworkId: PLANT_V2, version: PLANT_V2_VERSION });
    expect(preview.comparisons).toHaveLength(1);
    const fates = preview.comparisons[0]?.statements.map((m) => `${m.oldId ?? '-'}>${m.newId ?? '-'}:${m.fate}`);
    expect(fates).toEqual(
      expect.arrayContaining([
        'emerging.1>emerging.1:same',
        'emerging.2>emerging.2:changed',
        'emerging.3>-:gone',
        'emerging.4>emerging.3:same',
        'developing.1>developing.2:same',
        '->emerging.10:new',
      ]),
    );
    expect(preview.plans[0]).toMatchObject({ traineeName: 'Ana Silva', from: { frameworkId: PLANT } });
    const checkoffs = preview.plans[0]?.checkoffs.map((c) => [c.statementId, c.fate, c.newStatementId]);
    expect(checkoffs).toEqual([
      ['emerging.1', 'same', 'emerging.1'],
      ['emerging.2', 'changed', 'emerging.2'],
      ['emerging.3', 'gone', null],
      ['developing.1', 'same', 'developing.2'],
    ]);
  });

  it('carries check-offs with their date, assessor and note, and records the move with the old wording', async () => {
    const { call, plans, history } = await appWithPlantV2(await tempDir());
    const [ana] = plans;
    if (!ana) throw new Error('no plan');
    const before = await call('trainees:get', { id: ana.traineeId });
    const recordedAt = before.plans[0]?.checkoffs['developing.1']?.recordedAt;

    const result = await call('plans:move', {
      toFrameworkId: PLANT_V2,
      plans: [ana],
      confirmed: [{ fromFrameworkId: PLANT, statementId: 'emerging.2' }],
    });
    expect(result.moved).toEqual([{ ...ana, carried: 3, reworded: 1, dropped: 1 }]);

    const plan = (await call('trainees:get', { id: ana.traineeId })).plans[0];
    expect(plan?.frameworkId).toBe(PLANT_V2);
    expect(plan?.framework.version).toBe(PLANT_V2_VERSION);
    expect(plan?.targetLevel).toBe('developing');
    expect(plan?.targetDate).toBe('2027-06-30');
    expect(Object.keys(plan?.checkoffs ?? {}).sort()).toEqual(['developing.2', 'emerging.1', 'emerging.2']);
    expect(plan?.checkoffs['emerging.2']).toMatchObject(TICK('2026-10-02', 'Time clock demo'));
    expect(plan?.checkoffs['developing.2']).toMatchObject({ ...TICK('2026-10-04', 'Toolbox talk'), recordedAt });

    const moved = (await history(ana.traineeId)).find((e) => e.kind === 'plan.moved');
    expect(moved?.before).toMatchObject({ frameworkId: PLANT, version: 'v.26.05' });
    expect(moved?.after).toMatchObject({ frameworkId: PLANT_V2, version: PLANT_V2_VERSION, carried: 3 });
    expect(moved?.before?.reworded).toEqual([
      { statementId: 'emerging.2', statementText: OLD_EMERGING_2, ...TICK('2026-10-02', 'Time clock demo') },
    ]);
    const text = moved ? describeEvent(moved).detail : '';
    expect(text).toContain(
      'Moved from version v.26.05 to version v.27.01: 3 check-offs carried over, 1 with new wording: “Attendance and hours records',
    );
    expect(text).toContain('; 1 gone: “');
    expect(text).toContain(`(${formatDate('2026-10-03')}, Maria Keane)`);
  });

  it("drops a changed statement's check-off that was not confirmed, keeping its wording in the history", async () => {
    const { call, plans, history } = await appWithPlantV2(await tempDir());
    const [ana] = plans;
    if (!ana) throw new Error('no plan');
    await call('plans:move', { toFrameworkId: PLANT_V2, plans: [ana], confirmed: [] });
    const plan = (await call('trainees:get', { id: ana.traineeId })).plans[0];
    expect(Object.keys(plan?.checkoffs ?? {}).sort()).toEqual(['developing.2', 'emerging.1']);
    const moved = (await history(ana.traineeId)).find((e) => e.kind === 'plan.moved');
    const dropped = moved?.before?.dropped as { statementText: string; reason: string }[];
    expect(dropped.map((d) => [d.statementText, d.reason])).toContainEqual([OLD_EMERGING_2, 'not_confirmed']);
    expect(moved ? describeEvent(moved).detail : '').toContain(
      `1 not kept (wording changed): “${OLD_EMERGING_2}” (${formatDate('2026-10-02')}, Maria Keane)`,
    );
  });

  it('moves several plans in one call, and the list, matrix and report follow', async () => {
    const { call, plans } = await appWithPlantV2(await tempDir(), ['Ana Silva', 'Ben Okafor', 'Chen Wei']);
    const chosen = plans.slice(0, 2);
    const older = await call('plans:older-versions', { id: PLANT_V2 });
    expect(older.map((p) => p.traineeName)).toEqual(['Ana Silva', 'Ben Okafor', 'Chen Wei']);
    expect(older[0]).toMatchObject({ from: { frameworkId: PLANT }, achieved: 4 });

    const result = await call('plans:move', {
      toFrameworkId: PLANT_V2,
      plans: chosen,
      confirmed: [{ fromFrameworkId: PLANT, statementId: 'emerging.2' }],
    });
    expect(result.moved.map((m) => m.carried)).toEqual([3, 3]);
    expect((await call('plans:older-versions', { id: PLANT_V2 })).map((p) => p.traineeName)).toEqual(['Chen Wei']);

    const rows = await call('trainees:list', {});
    const onV2 = rows.filter((r) => r.plans.some((p) => p.frameworkId === PLANT_V2)).map((r) => r.fullName);
    expect(onV2.sort()).toEqual(['Ana Silva', 'Ben Okafor']);

    const matrix = await call('overview:framework-matrix', {
      frameworkId: PLANT_V2,
      filter: NO_FILTER,
      sort: DEFAULT_MATRIX_SORT,
    });
    expect(matrix.rows.map((r) => [r.fullName, r.levels[0]?.achieved])).toEqual([
      ['Ana Silva', 2],
      ['Ben Okafor', 2],
    ]);
    const onV1 = await call('overview:framework-matrix', {
      frameworkId: PLANT,
      filter: NO_FILTER,
      sort: DEFAULT_MATRIX_SORT,
    });
    expect(onV1.rows.map((r) => r.fullName)).toEqual(['Chen Wei']);

    const report = await call('reports:trainee-pdf', {
      traineeId: chosen[0]?.traineeId ?? '',
      planIds: null,
      includeNotes: true,
      outstandingOnly: false,
      paperSize: 'A4',
    });
    const pdf = await readPdf(report.bytes);
    expect(pdf.all).toContain(PLANT_V2_VERSION);
    expect(pdf.all.replace(/\s+/g, '')).toContain(REWORDED_TEXT.replace(/\s+/g, '').slice(0, 40));
  });

  it('remaps the memory of removed check-offs with the rest', async () => {
    const { call, plans } = await appWithPlantV2(await tempDir());
    const [ana] = plans;
    if (!ana) throw new Error('no plan');
    await call('checkoffs:set', {
      planId: ana.planId,
      changes: [{ statementId: 'emerging.5', checkoff: TICK('2026-10-05') }],
    });
    await call('checkoffs:set', { planId: ana.planId, changes: [{ statementId: 'emerging.5', checkoff: null }] });
    await call('plans:move', { toFrameworkId: PLANT_V2, plans: [ana], confirmed: [] });
    const plan = (await call('trainees:get', { id: ana.traineeId })).plans[0];
    // Emerging 3 was removed in version 2, so the old fifth statement is the new fourth.
    expect(Object.keys(plan?.removedCheckoffs ?? {})).toEqual(['emerging.4']);
    expect(plan?.removedCheckoffs?.['emerging.4']).toMatchObject({ achievedOn: '2026-10-05' });
  });
});
