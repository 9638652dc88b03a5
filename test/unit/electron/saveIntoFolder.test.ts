import * as nodeFs from 'node:fs/promises';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  candidateNames,
  FolderSaveError,
  realFolderFs,
  saveIntoFolder,
  type FolderFs,
} from '../../../src/main/electron/saveIntoFolder';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();
const bytes = (text: string) => new TextEncoder().encode(text);
const files = (...names: string[]) =>
  names.map((fileName, i) => ({ fileName, bytes: bytes(`${fileName} #${String(i)}`) }));

function errno(code: string): Error {
  return Object.assign(new Error(code), { code });
}

describe('names for files saved into a folder', () => {
  it('numbers a taken name from 2, keeping the extension', () => {
    const names = candidateNames('Ana Silva.pdf');
    expect([names.next().value, names.next().value, names.next().value]).toEqual([
      'Ana Silva.pdf',
      'Ana Silva (2).pdf',
      'Ana Silva (3).pdf',
    ]);
    expect(candidateNames('README').next().value).toBe('README');
  });
});

describe('saving several files into a folder', () => {
  it('gives two trainees with the same name two files, and every file a name of its own', async () => {
    const folder = await tempDir();
    const names = await saveIntoFolder(folder, files('Ana Silva.pdf', 'Ana Silva.pdf', 'Ben.pdf', 'Ana Silva.pdf'));
    expect(names).toEqual(['Ana Silva.pdf', 'Ana Silva (2).pdf', 'Ben.pdf', 'Ana Silva (3).pdf']);
    expect((await readdir(folder)).sort()).toEqual([...names].sort());
    expect(await readFile(join(folder, 'Ana Silva (3).pdf'), 'utf8')).toBe('Ana Silva.pdf #3');
  });

  it('never overwrites a file already there, whatever its case', async () => {
    const folder = await tempDir();
    await writeFile(join(folder, 'Ana Silva.pdf'), 'older report');
    await writeFile(join(folder, 'Ana Silva (2).pdf'), 'older still');
    const names = await saveIntoFolder(folder, files('Ana Silva.pdf', 'ANA SILVA.pdf'));
    expect(names).toEqual(['Ana Silva (3).pdf', 'ANA SILVA (4).pdf']);
    expect(await readFile(join(folder, 'Ana Silva.pdf'), 'utf8')).toBe('older report');
    expect(await readFile(join(folder, 'Ana Silva (2).pdf'), 'utf8')).toBe('older still');
  });

  it('skips a name that appears while it saves, instead of replacing that file', async () => {
    const folder = await tempDir();
    let intruded = false;
    const fs: FolderFs = {
      ...realFolderFs,
      link: async (from, to) => {
        if (!intruded && basename(String(to)) === 'Ana Silva.pdf') {
          intruded = true;
          await writeFile(String(to), 'written by someone else just now');
        }
        return nodeFs.link(from, to);
      },
    };
    expect(await saveIntoFolder(folder, files('Ana Silva.pdf'), fs)).toEqual(['Ana Silva (2).pdf']);
    expect(await readFile(join(folder, 'Ana Silva.pdf'), 'utf8')).toBe('written by someone else just now');
  });

  it('works without hard links (FAT drives, some shares), still overwriting nothing', async () => {
    const folder = await tempDir();
    await writeFile(join(folder, 'Ana Silva.pdf'), 'older report');
    const fs: FolderFs = { ...realFolderFs, link: () => Promise.reject(errno('EPERM')) };
    const names = await saveIntoFolder(folder, files('Ana Silva.pdf', 'Ana Silva.pdf'), fs);
    expect(names).toEqual(['Ana Silva (2).pdf', 'Ana Silva (3).pdf']);
    expect(await readFile(join(folder, 'Ana Silva.pdf'), 'utf8')).toBe('older report');
    expect(await readFile(join(folder, 'Ana Silva (3).pdf'), 'utf8')).toBe('Ana Silva.pdf #1');
    expect((await readdir(folder)).sort()).toEqual(['Ana Silva (2).pdf', 'Ana Silva (3).pdf', 'Ana Silva.pdf']);
  });

  it('makes each file durable before it gets its name, and syncs the folder once at the end', async () => {
    const folder = await tempDir();
    const steps: string[] = [];
    const fs: FolderFs = {
      ...realFolderFs,
      open: (async (path: string, flags: string, mode?: number) => {
        const handle = await nodeFs.open(path, flags, mode);
        const sync = handle.sync.bind(handle);
        handle.sync = () => {
          steps.push(path === folder ? 'sync folder' : 'sync file');
          return sync();
        };
        return handle;
      }) as FolderFs['open'],
      link: (from, to) => {
        steps.push(`link ${basename(String(to))}`);
        return nodeFs.link(from, to);
      },
    };
    await saveIntoFolder(folder, files('A.pdf', 'B.pdf'), fs);
    expect(steps).toEqual(['sync file', 'link A.pdf', 'sync file', 'link B.pdf', 'sync folder']);
  });

  it('stops at a file it cannot write, says which, keeps the ones saved and leaves no temp file', async () => {
    const folder = await tempDir();
    let opens = 0;
    const fs: FolderFs = {
      ...realFolderFs,
      open: (...args: Parameters<FolderFs['open']>) => {
        opens += 1;
        return opens === 2 ? Promise.reject(errno('ENOSPC')) : nodeFs.open(...args);
      },
    };
    const failure = await saveIntoFolder(folder, files('A.pdf', 'B.pdf', 'C.pdf'), fs).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(FolderSaveError);
    expect(failure).toMatchObject({ saved: ['A.pdf'], failedName: 'B.pdf', reason: { code: 'ENOSPC' } });
    expect(await readdir(folder)).toEqual(['A.pdf']);
  });
});
