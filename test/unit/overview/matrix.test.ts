import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MATRIX_SORT } from '../../../src/shared/overview/matrix';
import { pressDraft } from '../frameworks/editor/draftFixtures';
import { openTestApp, TRAINEE } from '../support/testApp';
import { useTempDirs } from '../support/tempDir';
import { filterAll, overviewCohort, OFFICE, PLANT } from './overviewCohort';

const tempDir = useTempDirs();
const byName = DEFAULT_MATRIX_SORT;

describe('the skills matrix, framework view', () => {
  it('has a row per trainee with a plan on the framework and a column per statement, level by level', async () => {
    const { call } = await overviewCohort(await tempDir());
    const m = await call('overview:framework-matrix', { frameworkId: PLANT, filter: filterAll, sort: byName });
    expect(m.framework.id).toBe(PLANT);
    expect(m.levels.map((l) => [l.key, l.statementIds.length])).toEqual([
      ['emerging', 10],
      ['developing', 10],
      ['proficient', 10],
      ['advanced', 10],
    ]);
    expect(m.statements[10]).toMatchObject({ id: 'developing.1', level: 'developing', position: 1 });
    expect(m.all).toBe(6);
    expect(m.rows.map((r) => r.fullName)).toEqual(['Ana', 'Ben', 'Chen', 'Finn']);
    const chen = m.rows.find((r) => r.fullName === 'Chen');
    expect(chen?.achieved).toBe('1'.repeat(30) + '0'.repeat(10));
    expect(chen?.levels.map((l) => l.achieved)).toEqual([10, 10, 10, 0]);
    expect(chen).toMatchObject({ targetLevel: 'advanced', attained: 'proficient', status: 'due_soon' });
  });

  it('counts how many hold each statement and each whole level', async () => {
    const { call } = await overviewCohort(await tempDir());
    const m = await call('overview:framework-matrix', { frameworkId: PLANT, filter: filterAll, sort: byName });
    expect(m.coverage.statements.slice(0, 10)).toEqual(new Array(10).fill(3));
    expect(m.coverage.statements.slice(10, 30)).toEqual(new Array(20).fill(1));
    expect(m.coverage.statements.slice(30)).toEqual(new Array(10).fill(0));
    expect(m.coverage.levels).toEqual([
      { key: 'emerging', holders: 3 },
      { key: 'developing', holders: 1 },
      { key: 'proficient', holders: 1 },
      { key: 'advanced', holders: 0 },
    ]);
  });

  it('sorts by a statement, a level, progress or team, ties by name', async () => {
    const { call } = await overviewCohort(await tempDir());
    const order = async (sort: typeof byName) =>
      (await call('overview:framework-matrix', { frameworkId: PLANT, filter: filterAll, sort })).rows.map(
        (r) => r.fullName,
      );
    expect(await order({ key: 'column', column: 'developing.1', direction: 'desc' })).toEqual([
      'Chen',
      'Ana',
      'Ben',
      'Finn',
    ]);
    expect(await order({ key: 'column', column: 'emerging', direction: 'asc' })).toEqual([
      'Finn',
      'Ana',
      'Ben',
      'Chen',
    ]);
    expect(await order({ key: 'progress', column: null, direction: 'desc' })).toEqual(['Ben', 'Chen', 'Ana', 'Finn']);
    expect(await order({ key: 'team', column: null, direction: 'desc' })).toEqual(['Chen', 'Ana', 'Ben', 'Finn']);
    expect(await order({ key: 'name', column: null, direction: 'desc' })).toEqual(['Finn', 'Chen', 'Ben', 'Ana']);
    expect(await order({ key: 'status', column: null, direction: 'asc' })).toEqual(['Ana', 'Finn', 'Chen', 'Ben']);
  });

  it('follows the filters shared with the trainees list', async () => {
    const { call } = await overviewCohort(await tempDir());
    const names = async (filter: typeof filterAll) =>
      (await call('overview:framework-matrix', { frameworkId: PLANT, filter, sort: byName })).rows.map(
        (r) => r.fullName,
      );
    expect(await names({ ...filterAll, team: 'Line 2' })).toEqual(['Chen']);
    expect(await names({ ...filterAll, status: 'overdue' })).toEqual(['Ana']);
    expect(await names({ ...filterAll, includeArchived: true })).toEqual(['Ana', 'Ben', 'Chen', 'Eve', 'Finn']);
    expect(await names({ ...filterAll, search: 'fin' })).toEqual(['Finn']);
    const line2 = await call('overview:framework-matrix', {
      frameworkId: PLANT,
      filter: { ...filterAll, team: 'Line 2' },
      sort: byName,
    });
    expect(line2.coverage.levels.map((l) => l.holders)).toEqual([1, 1, 1, 0]);
  });

  it('gives a cell’s check-off when asked, and none for a statement not achieved', async () => {
    const { call, fail, ids, plans } = await overviewCohort(await tempDir());
    const planId = plans[`Ana ${PLANT}`] ?? '';
    const traineeId = ids.Ana ?? '';
    expect(await call('overview:cell', { traineeId, planId, statementId: 'emerging.3' })).toEqual({
      achievedOn: '2026-03-10',
      assessor: 'Maria Keane',
      note: '',
    });
    expect(await call('overview:cell', { traineeId, planId, statementId: 'advanced.1' })).toBeNull();
    expect((await fail('overview:cell', { traineeId, planId: 'nope', statementId: 'emerging.1' })).message).toMatch(
      /plan is no longer there/,
    );
    expect((await fail('overview:framework-matrix', { frameworkId: 'x', filter: filterAll, sort: byName })).code).toBe(
      'not_found',
    );
  });
});

describe('the skills matrix, overview', () => {
  it('is trainees × the frameworks they have plans on, each cell attained against target', async () => {
    const { call } = await overviewCohort(await tempDir());
    const m = await call('overview:matrix', { filter: filterAll, sort: byName });
    const titles = (await call('frameworks:list', {})).filter((f) => [PLANT, OFFICE].includes(f.id));
    expect(m.frameworks.map((f) => f.id).sort()).toEqual([PLANT, OFFICE].sort());
    expect(m.frameworks.length).toBe(titles.length);
    const plantAt = m.frameworks.findIndex((f) => f.id === PLANT);
    const officeAt = m.frameworks.findIndex((f) => f.id === OFFICE);
    expect(m.rows.map((r) => r.fullName)).toEqual(['Ana', 'Ben', 'Chen', 'Dana', 'Finn']);
    const ben = m.rows.find((r) => r.fullName === 'Ben');
    expect(ben?.cells[plantAt]).toMatchObject({ attained: 'emerging', targetLevel: 'emerging', status: 'met' });
    expect(ben?.cells[officeAt]).toMatchObject({ attained: null, targetLevel: 'proficient', status: 'on_track' });
    expect(m.rows.find((r) => r.fullName === 'Dana')?.cells).toEqual([null, null]);
    expect(m.coverage[plantAt]).toEqual({
      frameworkId: PLANT,
      plans: 4,
      met: 1,
      atLeast: [
        { key: 'emerging', plans: 3 },
        { key: 'developing', plans: 1 },
        { key: 'proficient', plans: 1 },
        { key: 'advanced', plans: 0 },
      ],
    });
    const byPlant = await call('overview:matrix', {
      filter: filterAll,
      sort: { key: 'column', column: PLANT, direction: 'desc' },
    });
    // Proficient, then Emerging (met 100 % before 50 %), then none; no plan last.
    expect(byPlant.rows.map((r) => r.fullName)).toEqual(['Chen', 'Ben', 'Ana', 'Finn', 'Dana']);
  });
});

describe('achievements per month in the index', () => {
  it('are worked out from the trainees’ files when the index was written before it kept them', async () => {
    const dataDir = await tempDir();
    const { app, call } = await overviewCohort(dataDir);
    const before = await call('overview:dashboard', { filter: filterAll });
    await app.store.checkpoint();
    await app.close();
    const folder = (await readdir(dataDir)).find((name) => name.startsWith('records-')) ?? '';
    const indexFile = join(dataDir, folder, 'index.json');
    const index = JSON.parse(await readFile(indexFile, 'utf8')) as {
      crc?: string;
      seq?: number;
      docsChecksummed?: true;
      trainees: { plans: Record<string, unknown>[] }[];
    };
    // An index from before these fields had no checksum (nor the change number and marker that came with it) either.
    delete index.crc;
    delete index.seq;
    delete index.docsChecksummed;
    let removed = 0;
    for (const entry of index.trainees) {
      for (const plan of entry.plans) {
        if (plan.achievedMonths !== undefined) removed += 1;
        delete plan.achievedMonths;
      }
    }
    expect(removed).toBe(6);
    await writeFile(indexFile, JSON.stringify(index));
    const reopened = await openTestApp(dataDir);
    const after = await reopened.call('overview:dashboard', { filter: filterAll });
    expect(after.perMonth).toEqual(before.perMonth);
    expect(after.perMonth.some((m) => m.achieved > 0)).toBe(true);
  });
});

describe('the overview matrix of a framework with fewer than four levels', () => {
  it('counts coverage only at the levels the framework has', async () => {
    const { call } = await openTestApp(await tempDir());
    const draft = pressDraft({ title: 'Abkantpresse' });
    const framework = await call('frameworks:create', {
      ...draft,
      levels: { ...draft.levels, proficient: [], advanced: [] },
    });
    const trainee = await call('trainees:create', TRAINEE);
    const { planId } = await call('plans:assign', {
      traineeId: trainee.id,
      frameworkId: framework.id,
      targetLevel: 'developing',
      targetDate: null,
      startDate: '2026-09-01',
    });
    await call('checkoffs:set', {
      planId,
      changes: ['emerging.1', 'emerging.2'].map((statementId) => ({
        statementId,
        checkoff: { achievedOn: '2026-10-01', assessor: '', note: '' },
      })),
    });
    const m = await call('overview:matrix', { filter: filterAll, sort: byName });
    expect(m.coverage).toEqual([
      {
        frameworkId: framework.id,
        plans: 1,
        met: 0,
        atLeast: [
          { key: 'emerging', plans: 1 },
          { key: 'developing', plans: 0 },
        ],
      },
    ]);
  });
});
