import { OFFICE, PLANT } from '../unit/support/ids';
import { daysFromToday, shown } from './support/dates';
import { readDownload, ReportsPage } from './pages/ReportsPage';
import { choose } from './pages/TraineesPage';
import { TraineePage } from './pages/TraineePage';
import { expect, test, type App } from './support/fixtures';

const ATTRIBUTION = 'O*NET v30.2 (CC BY 4.0) · https://skillscrosswalk.com · LER.me · © EBSCOed';
const PEOPLE = [
  { fullName: 'Łukasz Żółć', team: 'Line 2' },
  { fullName: 'Дмитрий Иванов', team: 'Line 1' },
  { fullName: 'Σοφία Παπαδοπούλου', team: 'Line 2' },
];

async function cohort(app: App) {
  await app.api('settings:update', {
    organisationName: 'Northfield Components Ltd',
    trainerName: 'Maria Keane',
    paperSize: 'A4',
  });
  const made = [];
  for (const [i, person] of PEOPLE.entries()) {
    const t = await app.api('trainees:create', {
      ...person,
      employeeId: `B-${String(i)}`,
      site: 'Leeds',
      trainer: 'Maria Keane',
      startDate: '2026-09-01',
      notes: '',
    });
    const { planId } = await app.api('plans:assign', {
      traineeId: t.id,
      frameworkId: i === 1 ? OFFICE : PLANT,
      targetLevel: 'emerging',
      targetDate: daysFromToday(90),
      startDate: daysFromToday(-30),
    });
    const count = [10, 4, 0][i] ?? 0;
    if (count > 0) {
      await app.api('checkoffs:set', {
        planId,
        changes: Array.from({ length: count }, (_, k) => ({
          statementId: `emerging.${String(k + 1)}`,
          checkoff: { achievedOn: daysFromToday(-2), assessor: 'Maria Keane', note: 'Seen on shift' },
        })),
      });
    }
    made.push(t);
  }
  return made;
}

test('a trainer exports one trainee’s progress report from their page, previews it and saves the PDF', async ({
  page,
  app,
}) => {
  await cohort(app);
  await page.reload();
  await page.getByRole('link', { name: 'Łukasz Żółć' }).click();
  await page.getByRole('button', { name: 'Export progress report' }).click();
  const dialog = page.getByRole('dialog', { name: 'Progress report: Łukasz Żółć' });
  await dialog.getByText('US Letter').click();
  await dialog.getByRole('button', { name: 'Create report' }).click();

  const reports = new ReportsPage(page);
  await expect(page.getByTestId('preview-summary')).toContainText(`Progress - Łukasz Żółć - `);
  const pdf = await reports.saveFromPreview();
  expect(pdf.fileName).toMatch(/^Progress - Łukasz Żółć - \d{4}-\d\d-\d\d\.pdf$/);
  expect(pdf.text).toContain('Northfield Components Ltd Training progress report');
  expect(pdf.text).toContain('Attained level Emerging');
  expect(pdf.text).toContain(
    `Safety and sanitation regulations — recognize and follow under direct supervisor guidance on the plant floor. ${shown(daysFromToday(-2))} Maria Keane Seen on shift`,
  );
  expect(pdf.text).toContain(ATTRIBUTION);
  // The plan's target is Emerging: the levels above it are there, and marked.
  expect(pdf.text).toContain('Developing (above target) — 0 of 10 achieved');
  pdf.pages.forEach((text, i) => expect(text).toContain(`Page ${String(i + 1)} of ${String(pdf.pages.length)}`));
  await expect(page.getByText('Report saved')).toBeVisible();
});

test('a trainer leaves the levels above the target out of a progress report', async ({ page, app }) => {
  await cohort(app);
  await page.reload();
  await page.getByRole('link', { name: 'Łukasz Żółć' }).click();
  await page.getByRole('button', { name: 'Export progress report' }).click();
  const dialog = page.getByRole('dialog', { name: 'Progress report: Łukasz Żółć' });
  const reports = new ReportsPage(page);
  // On by default: the whole framework, as before the option existed.
  await expect(reports.option(dialog, 'Include levels above the target')).toBeChecked();
  await reports.setOption(dialog, 'Include levels above the target', false);
  await dialog.getByRole('button', { name: 'Create report' }).click();

  const pdf = await reports.saveFromPreview();
  expect(pdf.text).toContain('Emerging — 10 of 10 achieved');
  expect(pdf.text).toContain('Levels above the target (Developing, Proficient, Advanced) are left out of this report.');
  expect(pdf.text).not.toContain('above target');
  expect(pdf.text).not.toMatch(/(Developing|Proficient|Advanced) — \d+ of 10 achieved/);
  expect(pdf.text).toContain(ATTRIBUTION);

  // The Reports page offers the same choice for one trainee or several.
  await reports.open();
  const card = page.getByTestId('individual-report-card');
  await expect(reports.option(card, 'Include levels above the target')).toBeChecked();
});

test('a manager exports a filtered cohort progression report', async ({ page, app }) => {
  await cohort(app);
  await page.reload();
  const reports = new ReportsPage(page);
  await reports.open();
  const card = page.getByTestId('cohort-report-card');
  await choose(page, 'Team', 'Line 2', card);
  await expect(page.getByTestId('cohort-count')).toHaveText('2 of 3 trainees selected');
  await card.getByRole('button', { name: 'Create cohort report' }).click();
  const pdf = await reports.saveFromPreview();
  expect(pdf.fileName).toMatch(/^Cohort progression - \d{4}-\d\d-\d\d\.pdf$/);
  expect(pdf.text).toContain('Cohort progression report');
  expect(pdf.text).toContain('2 trainees · Team: Line 2');
  expect(pdf.text).toContain('Łukasz Żółć B-0 Line 2 Maria Keane Plant and System Operators, All Other');
  expect(pdf.text).toContain('Σοφία Παπαδοπούλου B-2 Line 2');
  expect(pdf.text).not.toContain('Дмитрий Иванов');
  expect(pdf.text).toContain(ATTRIBUTION);
});

test('several trainees’ reports go into one PDF, each keeping its own page numbers', async ({ page, app }) => {
  await cohort(app);
  await page.reload();
  const reports = new ReportsPage(page);
  await reports.open();
  await page.getByRole('button', { name: /Choose all current trainees/ }).click();
  await page.getByRole('radio', { name: 'All in one PDF' }).check();
  await page.getByRole('button', { name: 'Create 3 reports' }).click();
  const pdf = await reports.saveFromPreview();
  expect(pdf.fileName).toMatch(/^Progress reports - 3 trainees - /);
  for (const { fullName } of PEOPLE) expect(pdf.text).toContain(`${fullName} · Training progress report`);
  expect(pdf.pages.filter((p) => p.includes('Page 1 of'))).toHaveLength(3);
});

test('an export of many trainees shows its progress and can be cancelled', async ({ page, app }) => {
  await cohort(app);
  await page.reload();
  // Slow each report down so the export is still running when Cancel is pressed.
  await page.route('**/api/reports:trainee-pdf', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  const reports = new ReportsPage(page);
  await reports.open();
  await page.getByRole('button', { name: /Choose all current trainees/ }).click();
  await page.getByRole('button', { name: 'Create 3 reports' }).click();
  const progress = page.getByTestId('export-progress');
  await expect(progress).toContainText('Preparing report 1 of 3');
  await expect(progress.getByRole('progressbar')).toBeVisible();
  await expect(progress).toContainText('Preparing report 2 of 3');
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Export cancelled. Nothing was saved.')).toBeVisible();
  await expect(progress).toBeHidden();
  expect(downloads).toEqual([]);
});

test('one PDF per trainee downloads a file for each', async ({ page, app }) => {
  await cohort(app);
  await page.reload();
  const reports = new ReportsPage(page);
  await reports.open();
  await reports.chooseTrainees(['Дмитрий Иванов', 'Łukasz Żółć']);
  const downloads: Promise<Awaited<ReturnType<typeof readDownload>>>[] = [];
  page.on('download', (d) => downloads.push(readDownload(d)));
  await page.getByRole('button', { name: 'Create 2 reports' }).click();
  await expect(page.getByText('2 reports were saved')).toBeVisible();
  const files = await Promise.all(downloads);
  expect(files.map((f) => f.fileName.replace(/ - \d{4}-\d\d-\d\d\.pdf$/, '')).sort()).toEqual([
    'Progress - Łukasz Żółć',
    'Progress - Дмитрий Иванов',
  ]);
  expect(files.find((f) => f.fileName.includes('Дмитрий'))?.text).toContain(
    'Office Machine Operators, Except Computer',
  );
});

test('the trainee page button is there for each trainee', async ({ page, app }) => {
  const [first] = await cohort(app);
  await page.reload();
  await new TraineePage(page).openFromList(first?.fullName ?? '');
  await expect(page.getByRole('button', { name: 'Export progress report' })).toBeVisible();
});
