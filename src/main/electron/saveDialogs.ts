import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, dialog, ipcMain, type BrowserWindow, type WebContents } from 'electron';
import { z } from 'zod';
import { PLATFORM_CHANNELS, type SaveOutcome } from '../../shared/api/platform';
import { safeFileName } from '../../shared/reports/reportOptions';

const MAX_PDF_BYTES = 512 * 1024 * 1024;
const pdfFile = z.object({
  fileName: z.string().min(1).max(255),
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_PDF_BYTES, 'The file is too large.'),
});
const pdfFiles = z.array(pdfFile).min(1).max(2000);

function pdfName(fileName: string): string {
  return `${safeFileName(fileName.replace(/\.pdf$/i, ''))}.pdf`;
}

/** The save dialogs behind the renderer's platform adapter. Inputs are parsed like every IPC payload. */
export function registerSaveDialogs(
  window: () => BrowserWindow | null,
  isOwnContents: (contents: WebContents) => boolean,
): void {
  ipcMain.handle(PLATFORM_CHANNELS.savePdf, async (event, input: unknown): Promise<SaveOutcome> => {
    const owner = window();
    if (!owner || !isOwnContents(event.sender)) return { saved: false, location: null };
    const file = pdfFile.parse(input);
    const { canceled, filePath } = await dialog.showSaveDialog(owner, {
      defaultPath: join(app.getPath('documents'), pdfName(file.fileName)),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (canceled || !filePath) return { saved: false, location: null };
    await writeFile(filePath, file.bytes);
    return { saved: true, location: filePath };
  });

  ipcMain.handle(PLATFORM_CHANNELS.saveData, async (event, input: unknown): Promise<SaveOutcome> => {
    const owner = window();
    if (!owner || !isOwnContents(event.sender)) return { saved: false, location: null };
    const file = pdfFile.parse(input);
    const { canceled, filePath } = await dialog.showSaveDialog(owner, {
      defaultPath: join(app.getPath('documents'), `${safeFileName(file.fileName.replace(/\.json$/i, ''))}.json`),
      filters: [{ name: 'Trainplan data', extensions: ['json'] }],
    });
    if (canceled || !filePath) return { saved: false, location: null };
    await writeFile(filePath, file.bytes);
    return { saved: true, location: filePath };
  });

  ipcMain.handle(PLATFORM_CHANNELS.savePdfs, async (event, input: unknown): Promise<SaveOutcome> => {
    const owner = window();
    if (!owner || !isOwnContents(event.sender)) return { saved: false, location: null };
    const files = pdfFiles.parse(input);
    const { canceled, filePaths } = await dialog.showOpenDialog(owner, {
      title: 'Choose a folder for the reports',
      defaultPath: app.getPath('documents'),
      properties: ['openDirectory', 'createDirectory'],
    });
    const folder = filePaths[0];
    if (canceled || !folder) return { saved: false, location: null };
    for (const file of files) await writeFile(join(folder, pdfName(file.fileName)), file.bytes);
    return { saved: true, location: folder };
  });
}
