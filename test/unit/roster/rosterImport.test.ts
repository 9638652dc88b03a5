import { describe, expect, it } from 'vitest';
import { openTestApp, TRAINEE } from '../support/testApp';
import { recordsState } from '../support/folderState';
import { useTempDirs } from '../support/tempDir';
import { csv, fixture } from './rosterFiles';

const tempDir = useTempDirs();

async function appWithOne() {
  const dataDir = await tempDir();
  const t = await openTestApp(dataDir);
  await t.app.backupsSettled();
  const existing = await t.call('trainees:create', { ...TRAINEE, employeeId: 'G1', team: 'Line 1' });
  return { ...t, dataDir, existing };
}

const names = async (call: Awaited<ReturnType<typeof appWithOne>>['call']) =>
  (await call('trainees:list', {})).map((r) => `${r.fullName}|${r.team}`).sort();

describe('the roster import', () => {
  it('adds the good rows, updates the one whose badge ID is known, refuses the rest, after a backup', async () => {
    const { call, existing, history } = await appWithOne();
    const file = csv('Name,Badge,Team\nNew Person,N1,Line 2\nŁukasz Żółć,g1,Line 9\n,N3,Line 2\n');
    const result = await call('roster:import', { ...file, existing: 'update' });
    expect(result).toMatchObject({ added: 1, updated: 1, skipped: 0, refused: 1 });
    expect(result.problems).toEqual([{ row: 4, column: 'Full name', message: 'Enter the full name.' }]);
    // The backup holds the records as they were before the import: the one trainee.
    const backup = (await call('backups:list', {})).find((b) => b.fileName === result.backupOfCurrent);
    expect(backup).toMatchObject({ kind: 'before-import', traineeCount: 1 });
    expect(await names(call)).toEqual(['New Person|Line 2', 'Łukasz Żółć|Line 9']);
    // "g1" is the recorded "G1": the badge as recorded is kept.
    expect((await call('trainees:get', { id: existing.id })).trainee.employeeId).toBe('G1');
    const edited = (await history(existing.id))[0];
    expect(edited).toMatchObject({ kind: 'trainee.edited', before: { team: 'Line 1' }, after: { team: 'Line 9' } });
    // An empty cell on a known trainee keeps what was recorded.
    expect(await call('trainees:get', { id: existing.id })).toMatchObject({ trainee: { site: TRAINEE.site } });
  });

  it('skips people already on the list when asked to, and counts them', async () => {
    const { call } = await appWithOne();
    const file = csv('Name,Badge,Team\nŁukasz Żółć,G1,Line 9\nNew Person,N1,Line 2\n');
    const result = await call('roster:import', { ...file, existing: 'skip' });
    expect(result).toMatchObject({ added: 1, updated: 0, skipped: 1, refused: 0 });
    expect(await names(call)).toEqual(['New Person|Line 2', 'Łukasz Żółć|Line 1']);
  });

  it('records a created event for each person added, like the form', async () => {
    const { call, history } = await appWithOne();
    await call('roster:import', { ...(await fixture('bom-semicolon.csv')), existing: 'update' });
    const anna = (await call('trainees:list', {})).find((r) => r.fullName === 'Anna Berg');
    expect(anna).toBeDefined();
    const events = await history(anna?.id ?? '');
    expect(events.map((e) => e.kind)).toEqual(['trainee.created']);
    expect(events[0]?.after).toMatchObject({ fullName: 'Anna Berg', employeeId: 'B-001', startDate: '2026-03-02' });
  });

  it('refuses a start date after the trainee’s first check-off, as the form does', async () => {
    const { call, existing } = await appWithOne();
    const { planId } = await call('plans:assign', {
      traineeId: existing.id,
      frameworkId: (await call('frameworks:list', {}))[0]?.id ?? '',
      startDate: '2026-09-01',
      targetDate: null,
      targetLevel: 'proficient',
    });
    const framework = await call('frameworks:get', { id: (await call('frameworks:list', {}))[0]?.id ?? '' });
    const statementId = framework.levels[0]?.statements[0]?.id ?? '';
    await call('checkoffs:set', {
      planId,
      changes: [{ statementId, checkoff: { achievedOn: '2026-10-01', assessor: 'Maria Keane', note: '' } }],
    });
    const preview = await call('roster:preview', { ...csv('Name,Badge,Start\nŁukasz Żółć,G1,2026-11-01\n') });
    expect(preview.counts.refuse).toBe(1);
    expect(preview.problems[0]?.message).toMatch(/cannot be after Łukasz Żółć’s first check-off/);
  });

  it('changes nothing on disk when every row is refused, when the file is wrong, or when only previewed', async () => {
    const { call, fail, dataDir } = await appWithOne();
    const before = await recordsState(dataDir);
    const backups = (await call('backups:list', {})).filter((b) => b.kind === 'before-import').length;
    await call('roster:preview', await fixture('bom-semicolon.csv'));
    const none = await fail('roster:import', { ...csv('Name,Badge\n,X\n'), existing: 'update' });
    expect(none.message).toBe('No row of the file can be imported as it stands. Nothing was changed.');
    const noNames = await fail('roster:import', { ...csv('Who,Where\nA,B\n'), existing: 'update' });
    expect(noNames.message).toMatch(/^No column holds the names.*Nothing was imported\.$/);
    expect(await recordsState(dataDir)).toEqual(before);
    expect((await call('backups:list', {})).filter((b) => b.kind === 'before-import').length).toBe(backups);
  });
});
