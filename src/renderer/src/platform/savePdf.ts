import type { PdfToSave, SaveOutcome } from '../../../shared/api/platform';

function download(file: PdfToSave, type = 'application/pdf'): void {
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

/** The desktop app's save dialog, or a download in the browser mode. */
export async function savePdf(file: PdfToSave): Promise<SaveOutcome> {
  if (window.trainplanPlatform) return window.trainplanPlatform.savePdf(file);
  download(file);
  return { saved: true, location: 'your downloads' };
}

/** Several reports: one folder choice in the desktop app, one download each in the browser. */
export async function savePdfs(files: PdfToSave[]): Promise<SaveOutcome> {
  if (window.trainplanPlatform) return window.trainplanPlatform.savePdfs(files);
  for (const file of files) download(file);
  return { saved: true, location: 'your downloads' };
}

/** A whole-data export: the desktop app's save dialog, or a download. */
export async function saveDataFile(file: PdfToSave): Promise<SaveOutcome> {
  if (window.trainplanPlatform) return window.trainplanPlatform.saveData(file);
  download(file, 'application/json');
  return { saved: true, location: 'your downloads' };
}
