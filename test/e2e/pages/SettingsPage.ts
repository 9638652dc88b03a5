import type { Locator, Page } from '@playwright/test';
import type { UploadFile } from './FrameworksPage';

export class SettingsPage {
  readonly backupRows: Locator;
  readonly dataCard: Locator;
  /** The hidden file input behind "Import data…" (it comes just before the button). */
  readonly dataFileInput: Locator;
  /** The first-start question for the trainer's name. */
  readonly namePrompt: Locator;

  constructor(readonly page: Page) {
    this.backupRows = page.getByTestId('backup-row');
    this.dataCard = page.getByTestId('data-transfer-card');
    this.dataFileInput = this.dataCard.locator('input[type=file]');
    this.namePrompt = page.getByRole('dialog', { name: 'Welcome to Trainplan' });
  }

  /** Chooses a file with "Import data…", as the file chooser would. */
  async importDataFile(file: UploadFile): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.dataCard.getByRole('button', { name: 'Import data…' }).click();
    await (
      await chooser
    ).setFiles({
      name: file.name,
      mimeType: 'application/json',
      buffer: typeof file.text === 'string' ? Buffer.from(file.text) : file.text,
    });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await this.page.getByRole('heading', { name: 'Settings', level: 2 }).waitFor();
  }

  async save(values: {
    organisationName?: string;
    trainerName?: string;
    paperSize?: 'A4' | 'US Letter';
    startPage?: 'Trainees list' | 'Dashboard';
  }): Promise<void> {
    await this.open();
    if (values.organisationName !== undefined)
      await this.page.getByLabel('Organisation name').fill(values.organisationName);
    if (values.trainerName !== undefined) await this.page.getByLabel('Your name (trainer)').fill(values.trainerName);
    if (values.paperSize) await this.page.getByText(values.paperSize, { exact: true }).click();
    if (values.startPage) {
      await this.page
        .getByRole('radiogroup', { name: 'Trainplan opens on' })
        .getByText(values.startPage, { exact: true })
        .click();
    }
    await this.page.getByRole('button', { name: 'Save settings' }).click();
    await this.page.getByText('Settings saved.').waitFor();
  }
}
