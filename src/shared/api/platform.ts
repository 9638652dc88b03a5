/** File operations that only the desktop shell can do; the browser mode uses downloads instead. */
export interface PdfToSave {
  fileName: string;
  bytes: Uint8Array;
}

export interface SaveOutcome {
  saved: boolean;
  /** Where the files went, for the confirmation message. */
  location: string | null;
}

export interface DesktopPlatform {
  savePdf(file: PdfToSave): Promise<SaveOutcome>;
  savePdfs(files: PdfToSave[]): Promise<SaveOutcome>;
  /** A whole-data export (JSON). */
  saveData(file: PdfToSave): Promise<SaveOutcome>;
}

export const PLATFORM_CHANNELS = {
  savePdf: 'platform:save-pdf',
  savePdfs: 'platform:save-pdfs',
  saveData: 'platform:save-data',
} as const;
