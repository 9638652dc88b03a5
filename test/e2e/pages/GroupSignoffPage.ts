import type { Locator, Page } from '@playwright/test';
import { choose } from './TraineesPage';

export class GroupSignoffPage {
  readonly trainees: Locator;
  readonly form: Locator;
  readonly outcome: Locator;
  readonly dateProblem: Locator;
  readonly saveButton: Locator;

  constructor(readonly page: Page) {
    this.trainees = page.getByTestId('signoff-trainee');
    this.form = page.getByTestId('signoff-form');
    this.outcome = page.getByTestId('signoff-outcome');
    this.dateProblem = page.getByTestId('signoff-date-problem');
    this.saveButton = this.form.getByRole('button', { name: 'Sign off', exact: true });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Group sign-off' }).click();
    await this.page.getByRole('heading', { name: 'Group sign-off', level: 2 }).waitFor();
  }

  async chooseFramework(title: string): Promise<void> {
    await choose(this.page, 'Framework', title);
  }

  /** A statement's checkbox, by the start of its text and its level. */
  statement(topic: string, level = 'Emerging'): Locator {
    return this.page
      .getByTestId('statement-picker')
      .getByRole('checkbox', { name: new RegExp(`^${topic}.*\\(${level}\\)$`) });
  }

  trainee(name: string): Locator {
    return this.trainees.filter({ hasText: name });
  }

  async chooseTrainee(name: string): Promise<void> {
    await this.page.getByRole('checkbox', { name: `Choose ${name}`, exact: true }).check();
  }

  async fill(input: { achievedOn?: string; assessor?: string; note?: string }): Promise<void> {
    if (input.achievedOn !== undefined) await this.form.getByLabel('Date achieved').fill(input.achievedOn);
    if (input.assessor !== undefined) await this.form.getByLabel('Assessor').fill(input.assessor);
    if (input.note !== undefined) await this.form.getByLabel('Evidence note').fill(input.note);
  }
}
