import type { CallInput, SavedFiles } from '../../../shared/api/contract';
import { call } from '../api/client';
import { isDesktop } from '../api/transport';

export type FileToSave = CallInput<'files:save-pdf'>;

function download(file: FileToSave, type = 'application/pdf'): void {
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the blob goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The browser names downloads itself (it numbers a name that is taken), so every file counts as saved. */
function downloaded(files: FileToSave[]): SavedFiles {
  return { saved: true, location: 'your downloads', fileNames: files.map((f) => f.fileName), renamed: 0 };
}

// The save dialogs are contract calls the desktop app answers; the browser mode has none (it would answer
// 'unsupported'), so there the page downloads instead. Failures arrive as an ApiError with words to show.

/** The desktop app's save dialog, or a download in the browser mode. */
export async function savePdf(file: FileToSave): Promise<SavedFiles> {
  if (isDesktop) return call('files:save-pdf', file);
  download(file);
  return downloaded([file]);
}

/** Several reports: one folder choice in the desktop app (each file gets a free name), one download each in the browser. */
export async function savePdfs(files: FileToSave[]): Promise<SavedFiles> {
  if (isDesktop) return call('files:save-pdfs', { files });
  for (const file of files) download(file);
  return downloaded(files);
}

/** A whole-data export: the desktop app's save dialog, or a download. */
export async function saveDataFile(file: FileToSave): Promise<SavedFiles> {
  if (isDesktop) return call('files:save-data', file);
  download(file, 'application/json');
  return downloaded([file]);
}

/** A spreadsheet, CSV or PDF export: the desktop app's save dialog (typed by the name's extension), or a download. */
export async function saveExportFile(file: FileToSave & { mimeType: string }): Promise<SavedFiles> {
  const { mimeType, ...toSave } = file;
  if (isDesktop) return call('files:save-export', toSave);
  download(toSave, mimeType);
  return downloaded([toSave]);
}
