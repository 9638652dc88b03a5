import type { Locator, Page } from '@playwright/test';
import { choose } from './TraineesPage';

/** Locators and actions of the "Import people…" wizard on the Trainees page, in one place. */
export class RosterImport {
  readonly dialog: Locator;
  readonly readAs: Locator;
  readonly counts: Locator;
  readonly problems: Locator;
  readonly rows: Locator;
  readonly summary: Locator;
  readonly error: Locator;
  /** Progress of a file being read or imported, with its Cancel button. */
  readonly working: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import people from a file' });
    this.readAs = page.getByTestId('roster-read-as');
    this.counts = page.getByTestId('roster-counts');
    this.problems = page.getByTestId('roster-problems');
    this.rows = page.getByTestId('roster-rows').locator('tbody tr');
    this.summary = page.getByTestId('roster-summary');
    this.error = page.getByTestId('roster-error');
    this.working = page.getByTestId('roster-working');
    this.notice = page.getByTestId('roster-notice');
  }

  /** Opens the wizard and chooses the file, as the file chooser would. */
  async importFile(name: string, text: string | Buffer): Promise<void> {
    await this.page.getByRole('button', { name: 'Import people…' }).click();
    const chooser = this.page.waitForEvent('filechooser');
    await this.dialog.getByRole('button', { name: 'Choose a file…' }).click();
    await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  }

  async mapColumn(header: string, target: string): Promise<void> {
    await choose(this.page, `Column “${header}” goes to`, target, this.dialog);
  }

  row(fileRow: number): Locator {
    return this.rows.filter({ has: this.page.getByRole('cell', { name: String(fileRow), exact: true }) }).first();
  }

  async confirm(existing: 'update' | 'skip' = 'update'): Promise<void> {
    await this.dialog
      .getByRole('radio', { name: existing === 'update' ? /^Update them/ : 'Leave them as they are' })
      .check();
    await this.dialog.getByRole('button', { name: /^Import \d/ }).click();
  }
}
