import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestApp } from '../support/testApp';
import { startTestBridge } from '../support/testBridge';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();
const SETTINGS = { organisationName: 'Northfield', trainerName: 'Maria Keane', paperSize: 'A4' } as const;

describe('the page Trainplan opens on', () => {
  it('is the trainees list for a new data folder; the dashboard once chosen, across starts', async () => {
    const dir = await tempDir();
    const first = await openTestApp(dir);
    expect((await first.call('settings:get', {})).startPage).toBe('trainees');
    await first.call('settings:update', { ...SETTINGS, startPage: 'dashboard' });
    await first.app.close();
    const second = await openTestApp(dir);
    expect((await second.call('settings:get', {})).startPage).toBe('dashboard');
    // Saving without it (an older form, a script) keeps the choice.
    expect((await second.call('settings:update', { ...SETTINGS, trainerName: 'Ana' })).startPage).toBe('dashboard');
  });

  it('refuses any other page through the bridge, in words, and keeps what was stored', async () => {
    const dir = await tempDir();
    const { call } = await startTestBridge(join(dir, 'data'), join(dir, 'renderer'));
    const answer = await call('settings:update', { ...SETTINGS, startPage: 'https://example.com' });
    expect(answer).toMatchObject({ ok: false, error: { message: 'Choose the trainees list or the dashboard.' } });
    expect(((await call('settings:get', {})).value as { startPage: string }).startPage).toBe('trainees');
  });
});
