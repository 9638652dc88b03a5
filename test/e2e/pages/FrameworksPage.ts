/// <reference lib="dom" />
import type { Locator, Page } from '@playwright/test';

export interface UploadFile {
  name: string;
  /** The file's text (saved as UTF-8), or its exact bytes. */
  text: string | Buffer;
}

/** Locators and actions for the Frameworks pages, in one place. */
export class FrameworksPage {
  readonly rows: Locator;
  readonly importError: Locator;
  readonly statements: Locator;
  readonly levels: Locator;
  /** The hidden file input behind "Import framework…" (it comes just before the button). */
  readonly fileInput: Locator;
  readonly removeDialog: Locator;

  constructor(readonly page: Page) {
    this.rows = page.getByTestId('framework-row');
    this.importError = page.getByTestId('import-error');
    this.statements = page.getByTestId('statement');
    this.levels = page.getByTestId('framework-level');
    this.fileInput = page.locator('input[type=file]:has(+ [data-testid="import-framework"])');
    this.removeDialog = page.getByRole('dialog', { name: 'Remove framework?' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Frameworks' }).click();
    await this.page.getByRole('heading', { name: 'Frameworks', level: 2 }).waitFor();
  }

  row(title: string): Locator {
    return this.rows.filter({ hasText: title });
  }

  async openFramework(title: string): Promise<void> {
    await this.page.getByRole('link', { name: title }).click();
    await this.page.getByRole('heading', { name: title, level: 2 }).waitFor();
  }

  async importFile(file: UploadFile): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByTestId('import-framework').click();
    await (
      await chooser
    ).setFiles({
      name: file.name,
      mimeType: 'application/json',
      buffer: typeof file.text === 'string' ? Buffer.from(file.text) : file.text,
    });
  }

  /** Opens the Remove dialog of an imported framework. */
  async openRemove(title: string): Promise<void> {
    await this.row(title).getByRole('button', { name: 'Remove' }).click();
    await this.removeDialog.waitFor();
  }

  /** Drops a file on the page the way a file manager does: dragenter on the document, then drop. */
  async dropFile(file: { name: string; text: string }): Promise<void> {
    const transfer = await this.page.evaluateHandle(({ name, text }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: 'application/json' }));
      return data;
    }, file);
    await this.page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
    const zone = this.page.getByText('Drop the framework file to import it');
    await zone.waitFor();
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
  }
}
