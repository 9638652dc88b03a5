import type { Download, Locator, Page } from '@playwright/test';

/** The framework editor (/frameworks/new), its statement rows and the framework page's export menu. */
export class FrameworkEditor {
  readonly form: Locator;
  readonly save: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId('framework-editor');
    this.save = page.getByTestId('save-framework');
    this.error = page.getByTestId('editor-error');
  }

  field(label: string): Locator {
    return this.form.getByLabel(label);
  }

  level(level: string): Locator {
    return this.page.getByTestId(`editor-level-${level.toLowerCase()}`);
  }

  topic(level: string, n: number): Locator {
    return this.form.getByRole('textbox', { name: `${level} statement ${String(n)}: topic`, exact: true });
  }

  performance(level: string, n: number): Locator {
    return this.form.getByRole('textbox', { name: `${level} statement ${String(n)}: what the trainee does` });
  }

  addStatement(level: string): Locator {
    return this.form.getByRole('button', { name: `Add a statement to ${level}` });
  }

  /** Picks a format in the framework page's Export menu and waits for the browser's download. */
  async export(format: 'Trainplan framework file (.json)' | 'Excel workbook (.xlsx)'): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('export-framework').click();
    await this.page.getByRole('menuitem', { name: format }).click();
    return download;
  }
}
