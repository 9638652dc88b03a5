import { expect, type Locator, type Page } from '@playwright/test';
import { choose } from './TraineesPage';

export interface PlanInput {
  framework: string;
  level: string;
  targetDate?: string;
  startDate?: string;
}

export interface CheckoffInput {
  achievedOn?: string;
  assessor?: string;
  note?: string;
}

export class TraineePage {
  readonly plans: Locator;
  readonly history: Locator;
  readonly confirmation: Locator;
  readonly checkoffForm: Locator;
  /** The note popover beside a tick. */
  readonly quickForm: Locator;
  readonly shortcutsHelp: Locator;

  constructor(readonly page: Page) {
    this.plans = page.getByTestId('plan-card');
    this.history = page.getByTestId('history-event');
    this.confirmation = page.getByTestId('checkoff-confirmation');
    this.checkoffForm = page.getByTestId('checkoff-form');
    this.quickForm = page.getByTestId('quick-checkoff');
    this.shortcutsHelp = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  }

  /** The History tab: the timeline, newest first, with its filters and "Load more". */
  async showHistory(): Promise<void> {
    await this.page.getByRole('tab', { name: 'History' }).click();
    await this.page.getByTestId('history-filters').waitFor();
  }

  async showPlans(): Promise<void> {
    await this.page.getByRole('tab', { name: /^Plans/ }).click();
  }

  async showDetails(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Details' }).click();
  }

  /** A kind filter of the history (Check-offs, Plan changes, Trainee details): a chip, clicked by its label. */
  historyKind(label: string): Locator {
    return this.page.getByTestId('history-filters').locator('label', { hasText: label });
  }

  async historyPlan(option: string): Promise<void> {
    await choose(this.page, 'Plan', option, this.page.getByTestId('history-filters'));
  }

  get historyCount(): Locator {
    return this.page.getByTestId('history-count');
  }

  get loadMore(): Locator {
    return this.page.getByRole('button', { name: 'Load more' });
  }

  async openFromList(name: string): Promise<void> {
    await this.page.getByRole('link', { name, exact: true }).click();
    await this.page.getByRole('heading', { name, level: 2 }).waitFor();
  }

  plan(title: string): Locator {
    return this.plans.filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  async assign(input: PlanInput): Promise<void> {
    await this.page.getByRole('button', { name: 'Assign framework' }).click();
    const form = this.page.getByTestId('assign-plan-form');
    await choose(this.page, 'Framework', input.framework, form);
    await choose(this.page, 'Target level', input.level, form);
    if (input.targetDate !== undefined) await form.getByLabel('Target date').fill(input.targetDate);
    if (input.startDate !== undefined) await form.getByLabel('Start date').fill(input.startDate);
    await form.getByRole('button', { name: 'Assign' }).click();
    await this.plan(input.framework).waitFor();
  }

  /** A statement's checkbox, by topic and level (topics can repeat across levels). */
  checkbox(plan: Locator, topic: string, level = 'Emerging'): Locator {
    return plan.getByRole('checkbox', { name: `Achieved: ${topic} (${level} ` });
  }

  /**
   * Ticks a statement and waits for the tick to show. (Playwright's check() reads the box straight
   * after the click, before the optimistic update has rendered, so it would report a false failure.)
   */
  async tick(plan: Locator, topic: string, level = 'Emerging'): Promise<void> {
    const box = this.checkbox(plan, topic, level);
    await expect(box).not.toBeChecked();
    await box.click();
    await expect(box).toBeChecked();
  }

  /** In a level's selection mode, the box that chooses a statement for "Tick selected". */
  selectBox(plan: Locator, topic: string, level = 'Emerging'): Locator {
    return plan.getByRole('checkbox', { name: `Select: ${topic} (${level} ` });
  }

  /** Turns on a level's selection mode and chooses `topics` for "Tick selected". */
  async select(plan: Locator, level: string, topics: string[]): Promise<void> {
    await plan
      .getByTestId(`checklist-level-${level.toLowerCase()}`)
      .getByRole('button', { name: 'Select statements…' })
      .click();
    for (const topic of topics) await this.selectBox(plan, topic, level).check();
  }

  item(plan: Locator, topic: string, level = 'Emerging'): Locator {
    return plan
      .getByTestId('checklist-item')
      .filter({ has: this.page.getByRole('checkbox', { name: `Achieved: ${topic} (${level} ` }) });
  }

  async fillCheckoff(input: CheckoffInput): Promise<void> {
    if (input.achievedOn !== undefined) await this.checkoffForm.getByLabel('Date achieved').fill(input.achievedOn);
    if (input.assessor !== undefined) await this.checkoffForm.getByLabel('Assessor').fill(input.assessor);
    if (input.note !== undefined) await this.checkoffForm.getByLabel('Evidence note').fill(input.note);
  }

  async checkAllRemaining(plan: Locator, level: string, input: CheckoffInput = {}): Promise<void> {
    await plan.getByRole('button', { name: new RegExp(`^Check all remaining in ${level}`) }).click();
    await this.fillCheckoff(input);
    await this.checkoffForm.getByRole('button', { name: /^Check \d+ statements$/ }).click();
  }

  async editCheckoff(plan: Locator, topic: string, input: CheckoffInput, level = 'Emerging'): Promise<void> {
    await plan.getByRole('button', { name: `Edit check-off: ${topic} (${level} ` }).click();
    await this.fillCheckoff(input);
    await this.checkoffForm.getByRole('button', { name: 'Save', exact: true }).click();
  }

  attained(plan: Locator): Locator {
    return plan.getByTestId('attained-level');
  }

  levelCount(plan: Locator, level: string): Locator {
    return plan.getByTestId(`level-count-${level}`);
  }
}
