import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../src/main/api/dispatch';
import { acquireDataLock } from '../../../src/main/store/dataLock';
import type { Handlers } from '../../../src/shared/api/contract';
import { seedJson } from '../../fixtures/frameworkFiles';
import { startTestBridge } from '../support/testBridge';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();

const errno = (code: string, syscall: string, path: string) =>
  Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, syscall, path });

describe('start-up problems with the data folder are said in words (item 10)', () => {
  it('a trainplan.lock that is a folder names it and says what to do', async () => {
    const dataDir = await tempDir();
    await mkdir(join(dataDir, 'trainplan.lock'));
    await expect(acquireDataLock(dataDir)).rejects.toThrow(
      `“${join(dataDir, 'trainplan.lock')}” is a folder, but Trainplan keeps its lock file there. Move or delete that folder, then start Trainplan again.`,
    );
  });

  it('a data folder that is missing and cannot be made (a read-only drive) names the folder', async () => {
    const dataDir = join(await tempDir(), 'usb', 'Trainplan');
    const readOnlyDrive = {
      mkdir: () => Promise.reject(errno('ENOENT', 'mkdir', dataDir)),
    };
    await expect(acquireDataLock(dataDir, { fs: readOnlyDrive })).rejects.toThrow(
      `The data folder “${dataDir}” does not exist and Trainplan cannot create it (its drive is read-only or not there). Create the folder, or choose another with --data-dir, then start Trainplan again.`,
    );
    const notAllowed = { mkdir: () => Promise.reject(errno('EACCES', 'mkdir', dataDir)) };
    await expect(acquireDataLock(dataDir, { fs: notAllowed })).rejects.toThrow(
      /does not exist and Trainplan cannot create it \(Trainplan is not allowed to write there\)/,
    );
  });
});

describe('a framework file refused for its shape says why in the message itself, through the HTTP bridge', () => {
  const deep = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  it.each([
    [
      '__proto__',
      JSON.stringify(seedJson('51-8099.00')).replace('"sources":{', '"sources":{"__proto__":{"x":1},'),
      /^“f\.json” is not a framework Trainplan can use: the file has a key named “__proto__” \(in sources\), which Trainplan does not accept\. Export it again from the program that made it\.$/,
    ],
    [
      'nested 10,000 deep',
      deep(10_000),
      /^“f\.json” is not a framework Trainplan can use: the file is nested more than 64 levels deep \(at a(\.a)+\)\. Export it again from the program that made it\.$/,
    ],
  ])('%s', async (_what, text, message) => {
    const { call } = await startTestBridge(await tempDir(), await tempDir());
    const answer = await call('frameworks:import', { fileName: 'f.json', text });
    expect(answer.ok).toBe(false);
    expect(answer.error?.message).toMatch(message);
  });
});

describe('a full disk while backing up says what was not done (item 10)', () => {
  it('says the backup was not made, not that a change was not saved', async () => {
    const full = () => Promise.reject(errno('ENOSPC', 'write', '/data/backups/x.jsonl.tmp'));
    const dispatch = createDispatch({ 'backups:create': full } as unknown as Handlers, () => undefined);
    const answer = await dispatch('backups:create', {});
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.message).toBe(
      'The backup was not made because the disk is full. Your records are unchanged. Free some space or check the data folder, then try again.',
    );
  });
});
