import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordsState } from '../support/folderState';
import { openTestApp } from '../support/testApp';
import { startTestBridge } from '../support/testBridge';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();
const SETTINGS = { organisationName: 'Northfield', trainerName: '', paperSize: 'A4' } as const;

describe('the first-start question for the trainer’s name is remembered in the data folder', () => {
  it('a new data folder has not asked yet; the answer (or Later) persists across starts', async () => {
    const dir = await tempDir();
    const first = await openTestApp(dir);
    expect(await first.call('settings:get', {})).toMatchObject({ trainerName: '', trainerNameAsked: false });
    await first.call('settings:update', { ...SETTINGS, trainerNameAsked: true });
    await first.app.close();
    const second = await openTestApp(dir);
    expect(await second.call('settings:get', {})).toMatchObject({ trainerName: '', trainerNameAsked: true });
  });

  it('saving settings without the flag (the Settings form of an older build, a script) keeps what is stored', async () => {
    const { call } = await openTestApp(await tempDir());
    await call('settings:update', { ...SETTINGS, trainerNameAsked: true });
    expect(await call('settings:update', { ...SETTINGS, trainerName: 'Maria Keane' })).toMatchObject({
      trainerName: 'Maria Keane',
      trainerNameAsked: true,
    });
  });

  it('records and exports written before the flag existed still open, as not yet asked', async () => {
    const dir = await tempDir();
    const first = await openTestApp(dir);
    await first.app.close();
    // The snapshot as an older build wrote it: settings without the flag (nor remembered roster columns).
    const manifest = JSON.parse(await readFile(join(dir, 'trainplan.json'), 'utf8')) as { records: string };
    const index = join(dir, manifest.records, 'index.json');
    const text = await readFile(index, 'utf8');
    expect(text).toContain(
      '"trainerName":"","paperSize":"A4","trainerNameAsked":false,"startPage":"trainees","rosterMappings":[]}',
    );
    // An older build wrote no checksum either, nor the change number and marker that came with it.
    await writeFile(
      index,
      text
        .replace(/^\{"crc":"[0-9a-f]{8}",/, '{')
        .replace(/"seq":\d+,("docsChecksummed":true,)?/, '')
        .replace(
          '"trainerName":"","paperSize":"A4","trainerNameAsked":false,"startPage":"trainees","rosterMappings":[]}',
          '"trainerName":"Maria Keane","paperSize":"A4"}',
        ),
    );
    const second = await openTestApp(dir);
    expect(await second.call('settings:get', {})).toMatchObject({
      trainerName: 'Maria Keane',
      trainerNameAsked: false,
      startPage: 'trainees',
    });

    // An export from an older build: its header's settings have no flag either.
    await second.call('settings:update', { ...SETTINGS, trainerNameAsked: true });
    const exported = await second.call('data:export', {});
    const old = exported.text.replace(',"trainerNameAsked":true,"startPage":"trainees"', '');
    expect(old).not.toMatch(/trainerNameAsked|startPage/);
    await second.call('data:import', { fileName: 'old.jsonl', text: old });
    expect(await second.call('settings:get', {})).toMatchObject({ trainerNameAsked: false });
  });

  it('through the bridge: a flag that is not true or false is refused in words, and nothing is saved', async () => {
    const dir = await tempDir();
    const { call } = await startTestBridge(dir, `${dir}-renderer`);
    const before = await recordsState(dir);
    const answer = await call('settings:update', { ...SETTINGS, trainerNameAsked: 'yes' });
    expect(answer.ok).toBe(false);
    expect(answer.error?.message).toBe('Say whether your name was asked for (true or false).');
    expect(await recordsState(dir)).toEqual(before);
  });
});
