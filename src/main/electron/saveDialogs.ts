import { basename, join } from 'node:path';
import type { BrowserWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { FileToSave, SavedFiles, SaveHandlers } from '../../shared/api/contract';
import { safeFileName } from '../../shared/reports/reportOptions';
import { writeFileDurably, type WriteFs } from '../store/durableWrite';
import { FolderSaveError, realFolderFs, saveIntoFolder, type FolderFs } from './saveIntoFolder';
import { reasonOf, saveFailed } from './saveProblem';

export interface SaveDialogSetup {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  /** The window the dialogs belong to (modal to it), when there is one. */
  owner: () => BrowserWindow | null;
  /** Where the dialogs open first: the user's Documents folder. */
  documentsFolder: () => string;
  fs?: FolderFs;
}

type SavedExtension = 'pdf' | 'json' | 'csv' | 'xlsx';

/** What an export's name says it is; anything else is saved as CSV, the plainest. */
function exportKind(fileName: string): { extension: SavedExtension; kind: string } {
  if (/\.xlsx$/i.test(fileName)) return { extension: 'xlsx', kind: 'Excel workbook' };
  if (/\.pdf$/i.test(fileName)) return { extension: 'pdf', kind: 'PDF' };
  return { extension: 'csv', kind: 'CSV (comma separated)' };
}

const NOTHING_SAVED: SavedFiles = { saved: false, location: null, fileNames: [], renamed: 0 };

/** A name safe on every system, with the extension the content has. */
function nameWithExtension(fileName: string, extension: SavedExtension): string {
  const stem = fileName.replace(new RegExp(`\\.${extension}$`, 'i'), '');
  return `${safeFileName(stem)}.${extension}`;
}

/** A saved document is for sharing: readable as the user's files usually are, not 0o600 like the data folder. */
function shareableFs(fs: WriteFs): WriteFs {
  return { ...fs, open: (path, flags) => fs.open(path, flags, 0o666) };
}

function plural(count: number, one: string, many: string): string {
  return `${String(count)} ${count === 1 ? one : many}`;
}

/** What went wrong in a folder save, saying which files are there and which are not. */
function folderProblem(folder: string, total: number, error: FolderSaveError): string {
  const reason = reasonOf(error.reason);
  if (error.failedName === null) {
    return `${plural(total, 'report was', 'reports were')} written to ${folder}, but the disk reported a problem while finishing (${reason}). Check the files there.`;
  }
  const done =
    error.saved.length === 0
      ? 'No report was saved'
      : `Only ${String(error.saved.length)} of ${String(total)} reports ${error.saved.length === 1 ? 'was' : 'were'} saved`;
  return `${done} to ${folder}: ${error.failedName} could not be written because ${reason}. Choose another folder, or free some space and try again.`;
}

/** The desktop shell's answers to the save calls; the dispatcher has parsed their input with the contract. */
export function createSaveDialogs(options: SaveDialogSetup): SaveHandlers {
  const fs = options.fs ?? realFolderFs;
  const { dialog } = options;

  const showSave = (settings: SaveDialogOptions) => {
    const owner = options.owner();
    return owner ? dialog.showSaveDialog(owner, settings) : dialog.showSaveDialog(settings);
  };
  const showOpen = (settings: OpenDialogOptions) => {
    const owner = options.owner();
    return owner ? dialog.showOpenDialog(owner, settings) : dialog.showOpenDialog(settings);
  };

  /** One file: the system dialog asks before it replaces a file, so the chosen path is written over. */
  async function saveOne(file: FileToSave, extension: SavedExtension, kind: string): Promise<SavedFiles> {
    const { canceled, filePath } = await showSave({
      defaultPath: join(options.documentsFolder(), nameWithExtension(file.fileName, extension)),
      filters: [{ name: kind, extensions: [extension] }],
      // Linux's dialog only asks before replacing a file when told to; Windows and macOS always ask.
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    if (canceled || !filePath) return NOTHING_SAVED;
    try {
      await writeFileDurably(filePath, file.bytes, shareableFs(fs));
    } catch (error) {
      throw saveFailed(`${filePath} was not saved because ${reasonOf(error)}. Choose another folder or name.`);
    }
    return { saved: true, location: filePath, fileNames: [basename(filePath)], renamed: 0 };
  }

  async function saveMany(files: FileToSave[]): Promise<SavedFiles> {
    const { canceled, filePaths } = await showOpen({
      title: 'Choose a folder for the reports',
      defaultPath: options.documentsFolder(),
      properties: ['openDirectory', 'createDirectory'],
    });
    const folder = filePaths[0];
    if (canceled || !folder) return NOTHING_SAVED;
    const wanted = files.map((file) => ({ fileName: nameWithExtension(file.fileName, 'pdf'), bytes: file.bytes }));
    try {
      const fileNames = await saveIntoFolder(folder, wanted, fs);
      const renamed = fileNames.filter((name, i) => name !== wanted[i]?.fileName).length;
      return { saved: true, location: folder, fileNames, renamed };
    } catch (error) {
      if (!(error instanceof FolderSaveError)) throw error;
      throw saveFailed(folderProblem(folder, files.length, error));
    }
  }

  return {
    'files:save-pdf': (file) => saveOne(file, 'pdf', 'PDF'),
    'files:save-data': (file) => saveOne(file, 'json', 'Trainplan data'),
    'files:save-pdfs': ({ files }) => saveMany(files),
    'files:save-export': (file) => {
      const { extension, kind } = exportKind(file.fileName);
      return saveOne(file, extension, kind);
    },
  };
}
