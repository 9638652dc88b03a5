import { mkdir } from 'node:fs/promises';
import { TraineesPage } from './pages/TraineesPage';
import { SettingsPage } from './pages/SettingsPage';
import { person } from './support/people';
import { expect, test } from './support/fixtures';

const SHOTS = '/tmp/shots';

test('a name with an invisible direction mark is refused beside the field, and nothing is saved', async ({
  page,
  app,
}) => {
  const list = new TraineesPage(page);
  await list.open();
  await page.getByRole('button', { name: 'Add trainee' }).click();
  // U+202E shows "Ana Silva\u202eexe.txt" as "Ana Silvatxt.exe": what is on screen is not what is stored.
  await list.fillForm({ fullName: 'Ana Silva\u202eexe.txt', team: 'Line\u20281' });
  await list.form.getByRole('button', { name: 'Add trainee' }).click();
  await expect(
    list.form.getByText('Full name contains invisible direction marks (pasted from another program?): remove them.'),
  ).toBeVisible();
  await expect(list.form.getByText('Team or department must be a single line of ordinary text.')).toBeVisible();
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/i17-inputs-name-rule.png` });
  await list.form.getByRole('button', { name: 'Cancel' }).click();
  expect(await app.api('trainees:list', {})).toEqual([]);
});

test('a data file with two trainees sharing a badge ID is refused in words before anything is replaced', async ({
  page,
  app,
}) => {
  await app.api('trainees:create', person('Ana Silva', { employeeId: 'B-1' }));
  await app.api('trainees:create', person('Ben Okafor', { employeeId: 'B-2' }));
  const { text } = await app.api('data:export', {});
  await app.api('trainees:create', person('Cara Lind', { employeeId: 'B-3' }));
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.importDataFile({ name: 'data.jsonl', text: text.replace('"employeeId":"B-2"', '"employeeId":"b-1"') });
  await expect(
    page.getByText(
      '“data.jsonl” cannot be imported: Ana Silva and Ben Okafor have the same employee or badge ID (“B-1” and “b-1”).',
      { exact: false },
    ),
  ).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Replace all records?' })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/i17-inputs-import-refused.png` });
  const names = (await app.api('trainees:list', {})).map((t) => t.fullName).sort();
  expect(names).toEqual(['Ana Silva', 'Ben Okafor', 'Cara Lind']);
});

test('a badge ID that only looks different from a recorded one, or a name with an invisible character, is refused beside the field', async ({
  page,
  app,
}) => {
  await app.api('trainees:create', person('Ana Silva', { employeeId: 'B-1' }));
  const list = new TraineesPage(page);
  await list.open();
  await page.getByRole('button', { name: 'Add trainee' }).click();
  // Full-width "Ｂ-１" (typed on a Japanese keyboard) shows as "B-1"; U+200B between two words shows as nothing.
  await list.fillForm({ fullName: 'Ben\u200bOkafor', employeeId: 'Ｂ-１' });
  await list.form.getByRole('button', { name: 'Add trainee' }).click();
  await expect(
    list.form.getByText('Full name contains an invisible character (pasted from another program?): type it again.'),
  ).toBeVisible();
  await list.fillForm({ fullName: 'Ben Okafor', employeeId: 'Ｂ-１' });
  await list.form.getByRole('button', { name: 'Add trainee' }).click();
  await expect(list.form.getByText(/“Ｂ-１” is already used by Ana Silva/)).toBeVisible();
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/i17-fixtext-badge-lookalike.png` });
  await list.form.getByRole('button', { name: 'Cancel' }).click();
  expect((await app.api('trainees:list', {})).map((t) => t.fullName)).toEqual(['Ana Silva']);
});
