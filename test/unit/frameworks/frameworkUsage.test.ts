import { describe, expect, it } from 'vitest';
import { openTestApp, TRAINEE } from '../support/testApp';
import { startTestBridge } from '../support/testBridge';
import { useTempDirs } from '../support/tempDir';
import { newFrameworkText } from '../../fixtures/frameworkFiles';

const tempDir = useTempDirs();

type Call = Awaited<ReturnType<typeof openTestApp>>['call'];

async function traineesOn(call: Call, frameworkId: string, names: string[]): Promise<void> {
  for (const [i, fullName] of names.entries()) {
    const trainee = await call('trainees:create', { ...TRAINEE, fullName, employeeId: `B-${String(i)}` });
    await call('plans:assign', {
      traineeId: trainee.id,
      frameworkId,
      targetLevel: 'emerging',
      targetDate: null,
      startDate: '2026-09-01',
    });
  }
}

describe('who uses a framework, asked before removing it', () => {
  it('names the trainees with a plan on it, alphabetically, and nobody else', async () => {
    const { call } = await openTestApp(await tempDir());
    const machinists = await call('frameworks:import', { fileName: 'm.json', text: newFrameworkText() });
    await traineesOn(call, machinists.id, ['Zofia Nowak', 'Ana Lima']);
    await call('trainees:create', { ...TRAINEE, fullName: 'Nobody Else', employeeId: 'X-1' });
    expect(await call('frameworks:usage', { id: machinists.id })).toEqual({
      traineeCount: 2,
      trainees: ['Ana Lima', 'Zofia Nowak'],
    });
  });

  it('gives the first 10 names and the full count when many use it', async () => {
    const { call } = await openTestApp(await tempDir());
    const machinists = await call('frameworks:import', { fileName: 'm.json', text: newFrameworkText() });
    const names = Array.from({ length: 13 }, (_, i) => `Trainee ${String(i).padStart(2, '0')}`);
    await traineesOn(call, machinists.id, names);
    const usage = await call('frameworks:usage', { id: machinists.id });
    expect(usage.traineeCount).toBe(13);
    expect(usage.trainees).toEqual(names.slice(0, 10));
  });

  it('says nobody for an unused framework, and removing it then works', async () => {
    const { call } = await openTestApp(await tempDir());
    const machinists = await call('frameworks:import', { fileName: 'm.json', text: newFrameworkText() });
    expect(await call('frameworks:usage', { id: machinists.id })).toEqual({ traineeCount: 0, trainees: [] });
    expect(await call('frameworks:remove', { id: machinists.id })).toEqual({ removed: machinists.id });
  });

  it('through the bridge: a missing or unknown id gets a clear error', async () => {
    const dir = await tempDir();
    const { call } = await startTestBridge(dir, `${dir}-renderer`);
    expect((await call('frameworks:usage', {})).error?.message).toBe('Choose a framework.');
    expect((await call('frameworks:usage', { id: 'nope@1' })).error?.message).toBe(
      'That framework is not in the library. It may have been removed.',
    );
    expect((await call('frameworks:usage', { id: '51-8099.00@v.26.05', extra: 1 })).ok).toBe(false);
  });
});
