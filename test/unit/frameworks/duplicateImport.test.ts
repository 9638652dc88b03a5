import { describe, expect, it } from 'vitest';
import { recordsState } from '../support/folderState';
import { openTestApp } from '../support/testApp';
import { startTestBridge } from '../support/testBridge';
import { useTempDirs } from '../support/tempDir';
import { newFrameworkText, seedText } from '../../fixtures/frameworkFiles';

const tempDir = useTempDirs();

function withChangedStatement(text: string): string {
  const doc = JSON.parse(text) as { framework: { levels: { emerging: { statements: string[] } } } };
  doc.framework.levels.emerging.statements[0] = 'Safety — keeps the work area clear, as changed by someone.';
  return JSON.stringify(doc);
}

describe('importing a framework that is already in the library', () => {
  it('the same content again (even re-exported on another day) is already there: nothing is imported', async () => {
    const dir = await tempDir();
    const { call } = await startTestBridge(dir, `${dir}-renderer`);
    expect((await call('frameworks:import', { fileName: 'machinists.json', text: newFrameworkText() })).ok).toBe(true);
    const before = await recordsState(dir);
    const reExported = JSON.parse(newFrameworkText()) as { exportedAt: string; occupation: Record<string, unknown> };
    reExported.exportedAt = '2027-01-05T09:00:00Z';
    // Written by another tool: the same fields in another order.
    reExported.occupation = Object.fromEntries(Object.entries(reExported.occupation).reverse());
    for (const text of [newFrameworkText(), JSON.stringify(reExported)]) {
      const answer = await call('frameworks:import', { fileName: 'machinists (1).json', text });
      expect(answer.error?.message).toBe(
        'Machinists (SOC 51-4041.00) is already in your library — nothing was imported.',
      );
    }
    expect(await recordsState(dir)).toEqual(before);
    expect((await call('frameworks:list', {})).value).toHaveLength(4);
  });

  it('a bundled framework again says it ships with Trainplan', async () => {
    const { fail } = await openTestApp(await tempDir());
    const error = await fail('frameworks:import', { fileName: 'plant.json', text: seedText('51-8099.00') });
    expect(error.code).toBe('already_exists');
    expect(error.message).toMatch(
      /^.+ \(SOC 51-8099\.00\) is already in your library \(it ships with Trainplan\) — nothing was imported\.$/,
    );
  });

  it('different content under the same SOC and version is refused, saying why and what to ask for', async () => {
    const dir = await tempDir();
    const { call, fail } = await openTestApp(dir);
    await call('frameworks:import', { fileName: 'machinists.json', text: newFrameworkText() });
    const before = await recordsState(dir);
    const error = await fail('frameworks:import', {
      fileName: 'machinists-edited.json',
      text: withChangedStatement(newFrameworkText()),
    });
    expect(error.message).toBe(
      'Machinists (SOC 51-4041.00), version v.26.05, is already in your library, and this file has different content under the same version — nothing was imported. Ask for an export with a new version number to use both.',
    );
    expect(await recordsState(dir)).toEqual(before);
    const kept = await call('frameworks:get', { id: '51-4041.00@v.26.05' });
    expect(kept.levels[0]?.statements[0]?.text).not.toContain('as changed by someone');
  });

  it('a new version of the same SOC comes in beside the old one', async () => {
    const { call } = await openTestApp(await tempDir());
    await call('frameworks:import', { fileName: 'machinists.json', text: newFrameworkText() });
    const next = await call('frameworks:import', {
      fileName: 'machinists-v27.json',
      text: withChangedStatement(newFrameworkText({ version: 'v.27.01' })),
    });
    expect(next.version).toBe('v.27.01');
    expect((await call('frameworks:list', {})).filter((f) => f.soc === '51-4041.00')).toHaveLength(2);
  });
});
