import { expect, type Locator, type Page } from '@playwright/test';

export interface TraineeInput {
  fullName: string;
  employeeId?: string;
  team?: string;
  site?: string;
  trainer?: string;
  startDate?: string;
  notes?: string;
}

const FIELD_LABELS: Record<keyof TraineeInput, string> = {
  fullName: 'Full name',
  employeeId: 'Employee or badge ID',
  team: 'Team or department',
  site: 'Site',
  trainer: 'Trainer',
  startDate: 'Start date',
  notes: 'Notes',
};

/** Picks an option of a Mantine Select by its visible label. */
export async function choose(page: Page, label: string, option: string, scope: Locator | Page = page): Promise<void> {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).click();
}

export class TraineesPage {
  readonly table: Locator;
  readonly scroller: Locator;
  /** Rows drawn with a trainee in them; rows whose page has not arrived yet are not among them. */
  readonly rows: Locator;
  readonly loadingRows: Locator;
  readonly form: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId('trainee-table');
    this.scroller = page.getByTestId('trainee-table-scroll');
    this.rows = page.getByTestId('trainee-row');
    this.loadingRows = page.getByTestId('trainee-row-loading');
    this.form = page.getByTestId('trainee-form');
    this.count = page.getByTestId('trainee-count');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trainees' }).click();
    await this.page.getByRole('heading', { name: 'Trainees', level: 2 }).waitFor();
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async fillForm(input: TraineeInput): Promise<void> {
    for (const [key, value] of Object.entries(input) as [keyof TraineeInput, string | undefined][]) {
      if (value !== undefined) await this.form.getByLabel(FIELD_LABELS[key]).fill(value);
    }
  }

  /** Adds a trainee through the form; Trainplan then opens their page. */
  async add(input: TraineeInput): Promise<void> {
    await this.page.getByRole('button', { name: 'Add trainee' }).click();
    await this.fillForm(input);
    await this.form.getByRole('button', { name: 'Add trainee' }).click();
    await this.page.getByRole('heading', { name: input.fullName, level: 2 }).waitFor();
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search' }).fill(text);
  }

  async filter(label: string, option: string): Promise<void> {
    await choose(this.page, label, option, this.page.getByTestId('trainee-filters'));
  }

  /** Back to the whole list: filters and search are kept in the list's address, so a reload keeps them. */
  async clearFilters(): Promise<void> {
    await this.page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(this.page.getByRole('button', { name: 'Clear filters' })).toHaveCount(0);
  }

  async showArchived(on: boolean): Promise<void> {
    const toggle = this.page.getByRole('switch', { name: 'Show archived' });
    if ((await toggle.isChecked()) !== on) await toggle.click({ force: true });
  }

  async sortBy(column: string): Promise<void> {
    await this.page
      .getByRole('columnheader', { name: new RegExp(`^${column}`) })
      .getByRole('button')
      .click();
  }

  /** The list asks the main process after each change (and after a pause in typing): wait for its answer. */
  async settled(): Promise<void> {
    await expect(this.table).toHaveAttribute('aria-busy', 'false');
    await expect(this.loadingRows).toHaveCount(0);
  }

  async names(): Promise<string[]> {
    await this.settled();
    return this.rows.getByRole('link').allTextContents();
  }

  async scrollToEnd(): Promise<void> {
    await this.scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  }
}
