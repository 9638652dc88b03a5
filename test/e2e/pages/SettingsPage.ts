import type { Page } from '@playwright/test';

export class SettingsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await this.page.getByRole('heading', { name: 'Settings', level: 2 }).waitFor();
  }

  async save(values: {
    organisationName?: string;
    trainerName?: string;
    paperSize?: 'A4' | 'US Letter';
  }): Promise<void> {
    await this.open();
    if (values.organisationName !== undefined)
      await this.page.getByLabel('Organisation name').fill(values.organisationName);
    if (values.trainerName !== undefined) await this.page.getByLabel('Your name (trainer)').fill(values.trainerName);
    if (values.paperSize) await this.page.getByText(values.paperSize, { exact: true }).click();
    await this.page.getByRole('button', { name: 'Save settings' }).click();
    await this.page.getByText('Settings saved.').waitFor();
  }
}
