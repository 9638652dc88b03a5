import { expect, type Locator, type Page } from '@playwright/test';
import { choose } from './TraineesPage';

/** The skills matrix: its two views, filters, grid, coverage row and cell tooltip. */
export class MatrixPage {
  readonly grid: Locator;
  readonly rows: Locator;
  readonly names: Locator;
  readonly cells: Locator;
  readonly coverage: Locator;
  readonly tooltip: Locator;
  readonly count: Locator;
  readonly empty: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByTestId('matrix-grid');
    this.rows = page.getByTestId('matrix-row');
    this.names = page.getByTestId('matrix-row-name');
    this.cells = this.grid.getByRole('gridcell');
    this.coverage = page.getByTestId('matrix-coverage');
    this.tooltip = page.getByTestId('matrix-cell-tooltip');
    this.count = page.getByTestId('matrix-count');
    this.empty = page.getByTestId('matrix-empty');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Skills matrix' }).click();
    await this.page.getByRole('heading', { name: 'Skills matrix', level: 2 }).waitFor();
  }

  async showView(name: 'Overview' | 'Framework view'): Promise<void> {
    // Mantine's segmented control hides its radios under their labels: the label is what a trainer clicks.
    await this.page.getByRole('radiogroup', { name: 'Matrix view' }).getByText(name, { exact: true }).click();
    await expect(this.page.getByRole('radio', { name })).toBeChecked();
    await this.settled();
  }

  async chooseFramework(title: string): Promise<void> {
    await choose(this.page, 'Framework', title);
    await this.settled();
  }

  async filter(label: string, option: string): Promise<void> {
    await choose(this.page, label, option, this.page.getByTestId('matrix-filters'));
    await this.settled();
  }

  /** The matrix asks the main process after each change: wait for its answer. */
  async settled(): Promise<void> {
    await expect(this.grid.or(this.empty)).toBeVisible();
    if (await this.grid.isVisible()) await expect(this.grid).toHaveAttribute('aria-busy', 'false');
  }

  async shownNames(): Promise<string[]> {
    await this.settled();
    return this.names.allTextContents();
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByTestId('matrix-row-name').getByText(name, { exact: true }) });
  }

  /** A body cell by its row's trainee and the start of its accessible name ("E2 Attendance…", a framework's title). */
  cell(name: string, column: string): Locator {
    return this.row(name).getByRole('gridcell', { name: new RegExp(`^${escape(column)}`) });
  }

  columnHeader(id: string): Locator {
    return this.page.getByTestId(`matrix-column-${id}`);
  }

  coverageOf(id: string): Locator {
    return this.page.getByTestId(`coverage-${id}`);
  }

  levelToggle(label: string): Locator {
    return this.grid.getByRole('button', { name: label, exact: true });
  }

  async focused(): Promise<string | null> {
    return this.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
