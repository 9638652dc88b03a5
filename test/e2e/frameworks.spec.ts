import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { newFrameworkText } from '../fixtures/frameworkFiles';
import { FrameworksPage } from './pages/FrameworksPage';
import { expect, test } from './support/fixtures';

const SEED_TITLES = [
  'Electro-Mechanical and Mechatronics Technologists and Technicians',
  'Office Machine Operators, Except Computer',
  'Plant and System Operators, All Other',
];

test('the three bundled frameworks are listed with their details', async ({ page }) => {
  const frameworks = new FrameworksPage(page);
  await frameworks.open();
  await expect(frameworks.rows).toHaveCount(3);
  for (const title of SEED_TITLES) await expect(frameworks.row(title)).toBeVisible();
  const office = frameworks.row('Office Machine Operators');
  for (const cell of ['43-9071.00', 'Office & Administrative Support', 'v.26.05', '40', 'Bundled']) {
    await expect(office).toContainText(cell);
  }
});

test('opening a framework shows its 40 statements in four levels, topics in bold', async ({ page }) => {
  const frameworks = new FrameworksPage(page);
  await frameworks.open();
  await frameworks.openFramework('Plant and System Operators, All Other');
  await expect(frameworks.levels).toHaveCount(4);
  await expect(frameworks.levels.locator('h3')).toHaveText([/^Emerging/, /^Developing/, /^Proficient/, /^Advanced/]);
  await expect(frameworks.statements).toHaveCount(40);
  for (let i = 0; i < 4; i += 1) await expect(frameworks.levels.nth(i).getByTestId('statement')).toHaveCount(10);
  const first = frameworks.statements.first();
  await expect(first).toContainText('Safety and sanitation regulations — recognize and follow');
  await expect(first.getByText('Safety and sanitation regulations', { exact: true })).toHaveCSS('font-weight', '700');
  await expect(page.getByText(/This framework covers plant and system operators/)).toBeVisible();
  await expect(page.getByTestId('attribution')).toContainText(
    'O*NET v30.2 (CC BY 4.0) · https://skillscrosswalk.com · LER.me · © EBSCOed',
  );
});

test('an imported framework is listed and is still there after Trainplan restarts', async ({ page, app }) => {
  const frameworks = new FrameworksPage(page);
  await frameworks.open();
  await frameworks.importFile({ name: 'machinists.json', text: newFrameworkText() });
  await expect(page.getByText('Framework imported')).toBeVisible();
  await expect(frameworks.rows).toHaveCount(4);
  await expect(frameworks.row('Machinists')).toContainText('Imported');

  await app.restart();
  await frameworks.open();
  await expect(frameworks.rows).toHaveCount(4);
  await expect(frameworks.row('Machinists')).toContainText('51-4041.00');
  await frameworks.openFramework('Machinists');
  await expect(frameworks.statements).toHaveCount(40);
});

test('a framework dropped on the page is imported', async ({ page }) => {
  const frameworks = new FrameworksPage(page);
  await frameworks.open();
  await frameworks.dropFile({ name: 'welders.json', text: newFrameworkText({ soc: '51-4121.00', title: 'Welders' }) });
  await expect(frameworks.row('Welders')).toContainText('Imported');
  await expect(frameworks.rows).toHaveCount(4);
});

test('a malformed file is refused with every problem spelled out, and the library is unchanged', async ({
  page,
  app,
}) => {
  const frameworks = new FrameworksPage(page);
  await frameworks.open();
  const dataFile = join(app.dataDir, 'trainplan.json');
  const before = await readFile(dataFile, 'utf8').catch(() => null);

  const broken = JSON.parse(newFrameworkText()) as {
    framework: { levels: Record<string, { label: string; statements: unknown[] }> };
  };
  const { proficient, advanced } = broken.framework.levels;
  if (proficient) proficient.statements[3] = 42;
  if (advanced) advanced.label = '';
  await frameworks.importFile({ name: 'broken.json', text: JSON.stringify(broken) });

  await expect(frameworks.importError).toContainText('“broken.json” is not a framework Trainplan can use');
  await expect(frameworks.importError).toContainText("Level 'proficient', statement 4: must be text");
  await expect(frameworks.importError).toContainText("Level 'advanced', label: is empty");

  await frameworks.importFile({ name: 'notes.json', text: '{ "occupation": ' });
  await expect(frameworks.importError).toContainText('“notes.json” is not a framework Trainplan can use');
  await expect(frameworks.importError).toContainText('The file is not valid JSON');

  await expect(frameworks.rows).toHaveCount(3);
  expect(await readFile(dataFile, 'utf8').catch(() => null)).toBe(before);
  await app.restart();
  await frameworks.open();
  await expect(frameworks.rows).toHaveCount(3);
});

test('the same framework twice is reported as already in the library', async ({ page }) => {
  const frameworks = new FrameworksPage(page);
  await frameworks.open();
  await frameworks.importFile({ name: 'machinists.json', text: newFrameworkText() });
  await expect(frameworks.rows).toHaveCount(4);
  await frameworks.importFile({ name: 'machinists-copy.json', text: newFrameworkText() });
  await expect(frameworks.importError).toContainText(
    'Machinists (SOC 51-4041.00) is already in your library — nothing was imported.',
  );
  await frameworks.importFile({
    name: 'plant.json',
    text: (await import('../fixtures/frameworkFiles')).seedText('51-8099.00'),
  });
  await expect(frameworks.importError).toContainText('ships with Trainplan');
  await expect(frameworks.rows).toHaveCount(4);
});

test('a framework file saved as Windows-1252 is refused as not UTF-8, and nothing is imported', async ({ page }) => {
  const frameworks = new FrameworksPage(page);
  await frameworks.open();
  const text = newFrameworkText({ title: 'Opérateurs de machines' });
  await frameworks.importFile({ name: 'cp1252.json', text: Buffer.from(text, 'latin1') });
  await expect(frameworks.importError).toContainText('“cp1252.json” is not UTF-8 text');
  await expect(frameworks.rows).toHaveCount(3);
});

test('a framework whose sources look like encoded bytes opens like any other', async ({ page }) => {
  const frameworks = new FrameworksPage(page);
  await frameworks.open();
  const text = newFrameworkText().replace('"sources": {', '"sources": {\n    "$bytes": "AAAA",');
  await frameworks.importFile({ name: 'odd-sources.json', text });
  await expect(page.getByText('Framework imported')).toBeVisible();
  await frameworks.openFramework('Machinists');
  await expect(frameworks.statements).toHaveCount(40);
  await expect(page.getByText('AAAA')).toBeVisible();
});
