import { cohortDataFile } from '../fixtures/cohortData';
import { ReportsPage } from './pages/ReportsPage';
import { expect, test } from './support/fixtures';

test.use({ initialData: cohortDataFile(6000) });

test('a big cohort report shows how far it is, and Cancel stops it', async ({ page, app }) => {
  const reports = new ReportsPage(page);
  await reports.open();
  await page.getByTestId('cohort-report-card').getByRole('button', { name: 'Create cohort report' }).click();
  const progress = page.getByTestId('export-progress');
  await expect(progress).toContainText(/Making the cohort progression report: part \d of [3-9]/);
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Export cancelled. Nothing was saved.')).toBeVisible();
  await expect(progress).toHaveCount(0);
  // The report was stopped in the main process too: none is being made any more.
  await expect.poll(() => app.api('reports:progress', {})).toBeNull();
});
