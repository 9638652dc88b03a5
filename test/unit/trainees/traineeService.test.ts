import { describe, expect, it } from 'vitest';
import { openTestApp, PLANT, TRAINEE } from '../support/testApp';
import { recordsState } from '../support/folderState';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();

describe('trainees', () => {
  it('creates a trainee, records who did it, and keeps them after reopening', async () => {
    const dir = await tempDir();
    const { call } = await openTestApp(dir);
    await call('settings:update', { organisationName: 'Acme', trainerName: 'Maria Keane', paperSize: 'A4' });
    const created = await call('trainees:create', { ...TRAINEE, fullName: '  Nguyễn Thị Hương ', employeeId: '' });
    expect(created).toMatchObject({ fullName: 'Nguyễn Thị Hương', employeeId: null, archived: false });
    const again = await openTestApp(dir);
    const detail = await again.call('trainees:get', { id: created.id });
    expect(detail.trainee.fullName).toBe('Nguyễn Thị Hương');
    expect(await again.history(created.id)).toMatchObject([
      { kind: 'trainee.created', actor: 'Maria Keane', at: '2026-11-22T10:00:00.000Z' },
    ]);
  });

  it('gives each invalid field its own message and saves nothing', async () => {
    const dir = await tempDir();
    const { fail, app } = await openTestApp(dir);
    const error = await fail('trainees:create', {
      ...TRAINEE,
      fullName: '   ',
      startDate: '2026-02-30',
      team: 'x'.repeat(101),
      notes: 'ok',
    });
    expect(error.code).toBe('invalid_input');
    expect(Object.fromEntries(error.fields.map((f) => [f.path, f.message]))).toEqual({
      fullName: 'Enter the full name.',
      startDate: 'Start date must be a real date (YYYY-MM-DD).',
      team: 'Team or department can be at most 100 characters (this one has 101).',
    });
    expect((await fail('trainees:create', { ...TRAINEE, fullName: 'A'.repeat(201) })).fields[0]?.message).toBe(
      'Full name can be at most 200 characters (this one has 201).',
    );
    expect((await fail('trainees:create', { ...TRAINEE, fullName: 'Tab\there' })).fields[0]?.message).toBe(
      'Full name must be a single line of ordinary text.',
    );
    await app.close();
    expect(await (await openTestApp(dir)).call('trainees:list', {})).toEqual([]);
  });

  it('refuses a badge ID another trainee already has, whatever its case', async () => {
    const { call, fail } = await openTestApp(await tempDir());
    await call('trainees:create', TRAINEE);
    const error = await fail('trainees:create', { ...TRAINEE, fullName: 'José Núñez', employeeId: 'b-1001' });
    expect(error).toMatchObject({
      code: 'conflict',
      fields: [{ path: 'employeeId', message: 'Employee or badge ID “b-1001” is already used by Łukasz Żółć.' }],
    });
    expect(await call('trainees:list', {})).toHaveLength(1);
  });

  it('records an edit with only the fields that changed, before and after', async () => {
    const { call, history: historyOf } = await openTestApp(await tempDir());
    const t = await call('trainees:create', TRAINEE);
    await call('trainees:update', { id: t.id, ...TRAINEE, team: 'Line 3', site: 'Leeds' });
    await call('trainees:update', { id: t.id, ...TRAINEE, team: 'Line 3' });
    const history = await historyOf(t.id);
    expect(history.map((e) => e.kind)).toEqual(['trainee.edited', 'trainee.created']);
    expect(history[0]).toMatchObject({ before: { team: 'Line 2' }, after: { team: 'Line 3' } });
  });

  it('archives and restores, keeping the trainee in the list with a flag', async () => {
    const { call, history: historyOf } = await openTestApp(await tempDir());
    const t = await call('trainees:create', TRAINEE);
    await call('trainees:set-archived', { id: t.id, archived: true });
    expect((await call('trainees:list', {}))[0]?.archived).toBe(true);
    await call('trainees:set-archived', { id: t.id, archived: false });
    const history = await historyOf(t.id);
    expect(history.map((e) => e.kind)).toEqual(['trainee.restored', 'trainee.archived', 'trainee.created']);
  });

  it('deletes for good only when the name is typed exactly, taking plans and history with it', async () => {
    const dir = await tempDir();
    const { call, fail } = await openTestApp(dir);
    const t = await call('trainees:create', TRAINEE);
    const other = await call('trainees:create', { ...TRAINEE, fullName: 'Дмитрий Иванов', employeeId: 'B-2' });
    await call('plans:assign', {
      traineeId: t.id,
      frameworkId: PLANT,
      targetLevel: 'emerging',
      targetDate: null,
      startDate: '2026-09-01',
    });
    expect((await fail('trainees:delete', { id: t.id, confirmName: 'Lukasz Zolc' })).message).toBe(
      'Type the trainee’s name exactly (Łukasz Żółć) to delete them.',
    );
    await call('trainees:delete', { id: t.id, confirmName: 'Łukasz Żółć' });
    // Gone from every file of the records (backups keep it until they roll off), once the call returns.
    const onDisk = [...(await recordsState(dir)).values()].map((b) => Buffer.from(b, 'base64').toString()).join('\n');
    expect(onDisk).toContain('Дмитрий');
    expect(onDisk).not.toContain('Łukasz');
    expect(onDisk).not.toContain(t.id);
    expect((await call('trainees:list', {})).map((r) => r.id)).toEqual([other.id]);
  });
});
