import type { Locator, Page } from '@playwright/test';
import { choose } from './TraineesPage';

export type StatusCard = 'met' | 'on_track' | 'behind' | 'due_soon' | 'overdue' | 'no_date' | 'no_plan';
export type ChartPanel = 'chart-framework' | 'chart-team' | 'chart-month';

export class DashboardPage {
  readonly summary: Locator;
  readonly attentionRows: Locator;
  /** The drawer listing the trainees behind a figure. */
  readonly drawer: Locator;
  readonly drillRows: Locator;

  constructor(readonly page: Page) {
    this.summary = page.getByTestId('dashboard-summary');
    this.attentionRows = page.getByTestId('attention-row');
    this.drawer = page.getByRole('dialog');
    this.drillRows = this.drawer.getByTestId('drill-row');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    await this.page.getByRole('heading', { name: 'Dashboard', level: 2 }).waitFor();
  }

  card(status: StatusCard): Locator {
    return this.page.getByTestId(`status-card-${status}`);
  }

  count(status: StatusCard): Locator {
    return this.card(status).getByTestId('figure-count');
  }

  dueCard(days: 30 | 60 | 90): Locator {
    return this.page.getByTestId(`due-card-${String(days)}`);
  }

  panel(name: ChartPanel): Locator {
    return this.page.getByTestId(name);
  }

  /** The drawn segments of one level in an attained chart, bar by bar (zero-length segments are not drawn). */
  segments(name: 'chart-framework' | 'chart-team', level: string): Locator {
    return this.panel(name).locator(`.attained-${level} path.recharts-rectangle`);
  }

  /** Opens a chart's table and returns it. */
  async table(name: ChartPanel): Promise<Locator> {
    await this.panel(name).getByRole('button', { name: 'Show as table' }).click();
    return this.panel(name).getByRole('table');
  }

  /** The names listed in the drawer, in order. */
  drillNames(): Promise<string[]> {
    return this.drillRows.getByRole('link').allTextContents();
  }

  async filter(label: string, option: string): Promise<void> {
    await choose(this.page, label, option, this.page.getByTestId('trainee-filters'));
  }

  async closeDrawer(): Promise<void> {
    await this.drawer.getByRole('button', { name: 'Close' }).click();
    await this.drawer.waitFor({ state: 'hidden' });
  }
}
