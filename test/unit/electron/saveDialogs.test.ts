import * as nodeFs from 'node:fs/promises';
import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSaveDialogs, type SaveDialogSetup } from '../../../src/main/electron/saveDialogs';
import { realFolderFs, type FolderFs } from '../../../src/main/electron/saveIntoFolder';
import { ApiError } from '../../../src/shared/api/errors';
import { openTestApp } from '../support/testApp';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();
const bytes = new TextEncoder().encode('%PDF-1.7');

function folderDialog(folder: string): SaveDialogSetup['dialog'] {
  return {
    showSaveDialog: () => Promise.resolve({ canceled: true, filePath: '' }),
    showOpenDialog: () => Promise.resolve({ canceled: false, filePaths: [folder] }),
  };
}

describe('the desktop save dialogs', () => {
  it('tell how many files were written, where, and how many were renamed', async () => {
    const folder = await tempDir();
    const saves = createSaveDialogs({ dialog: folderDialog(folder), owner: () => null, documentsFolder: () => folder });
    const result = await saves['files:save-pdfs']({
      files: [
        { fileName: 'Ana/Silva', bytes },
        { fileName: 'Ana/Silva.pdf', bytes },
      ],
    });
    expect(result).toEqual({
      saved: true,
      location: folder,
      fileNames: ['Ana Silva.pdf', 'Ana Silva (2).pdf'],
      renamed: 1,
    });
  });

  it('say which files were saved and which not when the disk fills up', async () => {
    const folder = await tempDir();
    let opens = 0;
    const fs: FolderFs = {
      ...realFolderFs,
      open: (...args: Parameters<FolderFs['open']>) => {
        opens += 1;
        return opens === 2
          ? Promise.reject(Object.assign(new Error('full'), { code: 'ENOSPC' }))
          : nodeFs.open(...args);
      },
    };
    const saves = createSaveDialogs({
      dialog: folderDialog(folder),
      owner: () => null,
      documentsFolder: () => folder,
      fs,
    });
    const failure = await saves['files:save-pdfs']({
      files: ['A', 'B', 'C'].map((fileName) => ({ fileName, bytes })),
    }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({
      code: 'storage_failed',
      message: `Only 1 of 3 reports was saved to ${folder}: B.pdf could not be written because the disk is full. Choose another folder, or free some space and try again.`,
    });
    expect(await readdir(folder)).toEqual(['A.pdf']);
  });

  it('write a single file readable like other documents, not private like the data folder', async () => {
    const folder = await tempDir();
    const filePath = join(folder, 'report.pdf');
    const dialog = {
      showSaveDialog: () => Promise.resolve({ canceled: false, filePath }),
    } as unknown as SaveDialogSetup['dialog'];
    const saves = createSaveDialogs({ dialog, owner: () => null, documentsFolder: () => folder });
    await saves['files:save-pdf']({ fileName: 'report.pdf', bytes });
    // The same permissions as any file this process writes (0o666 less the umask), where the data folder's are 0o600.
    await writeFile(join(folder, 'reference'), '');
    const modeOf = async (file: string) => (await stat(file)).mode & 0o777;
    expect(await modeOf(filePath)).toBe(await modeOf(join(folder, 'reference')));
  });
});

describe('the save calls in the browser mode', () => {
  it('answer that only the desktop app has save dialogs, after checking the input like any call', async () => {
    const { app } = await openTestApp(await tempDir());
    for (const [name, input] of [
      ['files:save-pdf', { fileName: 'a.pdf', bytes }],
      ['files:save-data', { fileName: 'a.json', bytes }],
      ['files:save-pdfs', { files: [{ fileName: 'a.pdf', bytes }] }],
    ] as const) {
      expect(await app.dispatch(name, input)).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    }
    expect(await app.dispatch('files:save-pdfs', { files: [] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: [{ path: 'files', message: 'Choose at least one report.' }] },
    });
  });
});
