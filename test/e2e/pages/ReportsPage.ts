import { readFile } from 'node:fs/promises';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';

export interface SavedPdf {
  fileName: string;
  pages: string[];
  text: string;
}

/** Reads a downloaded file as a PDF parser does: it must be a PDF, and this is its text. */
export async function readDownload(download: Download): Promise<SavedPdf> {
  const bytes = new Uint8Array(await readFile(await download.path()));
  expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: false });
  const pages = text.map((t) => t.replace(/\u200b/g, '').replace(/\s+/g, ' '));
  return { fileName: download.suggestedFilename(), pages, text: pages.join(' ') };
}

export class ReportsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
    await this.page.getByRole('heading', { name: 'Reports', level: 2 }).waitFor();
  }

  /** Saves what the preview shows and returns the downloaded PDF. */
  async saveFromPreview(): Promise<SavedPdf> {
    const dialog = this.page.getByRole('dialog', { name: 'Report preview' });
    await expect(dialog.getByTestId('report-preview')).toHaveAttribute('src', /^blob:/);
    const download = this.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Save PDF' }).click();
    return readDownload(await download);
  }

  /** A report option's switch in a report dialog or card, by its label. */
  option(scope: Locator, label: string): Locator {
    return scope.getByRole('switch', { name: label });
  }

  /** Turns a report option on or off and waits until it shows so. */
  async setOption(scope: Locator, label: string, on: boolean): Promise<void> {
    const control = this.option(scope, label);
    await control.setChecked(on);
    await expect(control).toBeChecked({ checked: on });
  }

  async chooseTrainees(names: string[]): Promise<void> {
    const card = this.page.getByTestId('individual-report-card');
    for (const name of names) {
      await card.getByRole('combobox', { name: 'Trainees' }).fill(name);
      await this.page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
    }
    await this.page.keyboard.press('Escape');
  }
}
