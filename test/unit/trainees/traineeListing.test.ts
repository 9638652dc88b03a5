import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '../../../src/shared/trainees/traineeFilter';
import type { TraineeQuery } from '../../../src/shared/trainees/traineeQuery';
import { buildDataset } from '../../fixtures/recordsDataset';
import { openTestApp, PLANT, TRAINEE } from '../support/testApp';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();
const byName: TraineeQuery = { filter: NO_FILTER, sort: { key: 'name', direction: 'asc' }, offset: 0, limit: 100 };

describe('the trainees list, a screen at a time', () => {
  it('sends only the rows asked for, with the count and the filter choices of the whole list', async () => {
    const dataDir = await tempDir();
    await buildDataset(dataDir, 1000, 2);
    const { call } = await openTestApp(dataDir);
    const first = await call('trainees:query', byName);
    expect(first).toMatchObject({ total: 1000, all: 1000, offset: 0 });
    expect(first.rows).toHaveLength(100);
    expect(first.choices.teams).toEqual(['Line 1', 'Line 2', 'Line 3', 'Maintenance', 'Print room']);
    const whole = await call('trainees:list', {});
    // The first screen is a tenth of the list, not the list.
    expect(JSON.stringify(first).length).toBeLessThan(JSON.stringify(whole).length / 5);

    const last = await call('trainees:query', { ...byName, offset: 950 });
    expect(last.rows).toHaveLength(50);
    const names = [...first.rows, ...last.rows].map((row) => row.fullName);
    expect(names.slice(0, 100)).toEqual(
      whole
        .map((row) => row.fullName)
        .sort(new Intl.Collator(undefined, { sensitivity: 'base', numeric: true }).compare)
        .slice(0, 100),
    );

    const line2 = await call('trainees:query', { ...byName, filter: { ...NO_FILTER, team: 'Line 2' }, limit: 500 });
    expect(line2.total).toBe(200);
    expect(line2.rows.every((row) => row.team === 'Line 2')).toBe(true);
  });

  it('shows a change in the next screen asked for, and a new trainee in the count', async () => {
    const dataDir = await tempDir();
    const { call } = await openTestApp(dataDir);
    await call('trainees:create', { ...TRAINEE, employeeId: 'B-1' });
    expect((await call('trainees:query', byName)).rows.map((r) => r.fullName)).toEqual([TRAINEE.fullName]);
    const added = await call('trainees:create', {
      ...TRAINEE,
      fullName: 'Aoife Byrne',
      employeeId: 'B-2',
      team: 'Line 9',
    });
    const after = await call('trainees:query', byName);
    expect(after.rows.map((r) => r.fullName)).toEqual(['Aoife Byrne', TRAINEE.fullName]);
    expect(after.choices.teams).toContain('Line 9');
    await call('trainees:set-archived', { id: added.id, archived: true });
    expect((await call('trainees:query', byName)).total).toBe(1);
  });

  it('still refuses an employee ID another trainee has, whatever its case, found without reading the list', async () => {
    const { call, fail } = await openTestApp(await tempDir());
    await call('trainees:create', { ...TRAINEE, employeeId: 'B-17' });
    const refused = await fail('trainees:create', { ...TRAINEE, fullName: 'Tom Hughes', employeeId: 'b-17' });
    expect(refused.message).toBe(`Employee or badge ID “b-17” is already used by ${TRAINEE.fullName}.`);
    const other = await call('trainees:create', { ...TRAINEE, fullName: 'Tom Hughes', employeeId: 'B-18' });
    // Freed by a change of ID, the old one can be used again.
    await call('trainees:update', { id: other.id, ...TRAINEE, fullName: 'Tom Hughes', employeeId: 'B-19' });
    await call('trainees:create', { ...TRAINEE, fullName: 'Amara Okafor', employeeId: 'B-18' });
    // Two trainers adding the same ID at the same moment: the second sees the first, not yet on disk.
    const both = await Promise.allSettled([
      call('trainees:create', { ...TRAINEE, fullName: 'Priya Shah', employeeId: 'C-1' }),
      call('trainees:create', { ...TRAINEE, fullName: 'Mei Chen', employeeId: 'c-1' }),
    ]);
    expect(both.map((result) => result.status)).toEqual(['fulfilled', 'rejected']);
  });
});

describe('last activity in the trainees list', () => {
  const check = (achievedOn: string) => ({ achievedOn, assessor: 'Maria Keane', note: '' });

  async function twoTrainees(dataDir: string) {
    const app = await openTestApp(dataDir);
    const lukasz = await app.call('trainees:create', TRAINEE);
    await app.call('trainees:create', { ...TRAINEE, fullName: 'Aoife Byrne', employeeId: 'B-2' });
    const { planId } = await app.call('plans:assign', {
      traineeId: lukasz.id,
      frameworkId: PLANT,
      targetLevel: 'developing',
      targetDate: null,
      startDate: '2026-09-01',
    });
    await app.call('checkoffs:set', {
      planId,
      changes: [
        { statementId: 'emerging.1', checkoff: check('2026-11-18') },
        { statementId: 'emerging.2', checkoff: check('2026-10-02') },
      ],
    });
    return { ...app, lukasz };
  }

  it('is the latest date a statement was achieved on, not the last edit; none for a trainee with nothing achieved', async () => {
    const { call, clock, lukasz } = await twoTrainees(await tempDir());
    clock.now = new Date('2026-11-25T09:00:00Z');
    await call('trainees:update', { ...TRAINEE, id: lukasz.id, notes: 'Moved to nights' });
    const rows = (await call('trainees:query', { ...byName, sort: { key: 'lastActivity', direction: 'desc' } })).rows;
    expect(rows.map((r) => [r.fullName, r.lastActivity])).toEqual([
      ['Łukasz Żółć', '2026-11-18'],
      ['Aoife Byrne', null],
    ]);
    expect(rows[0]?.lastEditedAt).toBe('2026-11-25T09:00:00.000Z');
    const ascending = await call('trainees:query', { ...byName, sort: { key: 'lastActivity', direction: 'asc' } });
    expect(ascending.rows.map((r) => r.fullName)).toEqual(['Aoife Byrne', 'Łukasz Żółć']);
  });

  it('is worked out from the trainees’ files when the index was written before it was kept', async () => {
    const dataDir = await tempDir();
    const { app } = await twoTrainees(dataDir);
    await app.store.checkpoint();
    await app.close();
    const folder = (await readdir(dataDir)).find((name) => name.startsWith('records-')) ?? '';
    const indexFile = join(dataDir, folder, 'index.json');
    const index = JSON.parse(await readFile(indexFile, 'utf8')) as {
      crc?: string;
      seq?: number;
      docsChecksummed?: true;
      trainees: Record<string, unknown>[];
    };
    // An index from before this field had no checksum (nor the change number and marker that came with it) either.
    delete index.crc;
    delete index.seq;
    delete index.docsChecksummed;
    expect(index.trainees.map((t) => t.lastAchievedOn).sort()).toEqual(['2026-11-18', null]);
    for (const entry of index.trainees) delete entry.lastAchievedOn;
    await writeFile(indexFile, JSON.stringify(index));

    const { call } = await openTestApp(dataDir);
    expect((await call('trainees:query', byName)).rows.map((r) => [r.fullName, r.lastActivity])).toEqual([
      ['Aoife Byrne', null],
      ['Łukasz Żółć', '2026-11-18'],
    ]);
  });
});
