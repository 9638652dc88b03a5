import { describe, expect, it } from 'vitest';
import { guessColumns } from '../../../src/shared/roster/guessColumns';
import { frameworkMatcher, readTargetLevel } from '../../../src/shared/roster/rosterPlanWords';
import { openTestApp, OFFICE, PLANT, TRAINEE } from '../support/testApp';
import { useTempDirs } from '../support/tempDir';
import { csv, fixture } from './rosterFiles';
import { pressDraft } from '../frameworks/editor/draftFixtures';

const tempDir = useTempDirs();

describe('the plan columns of a roster', () => {
  it('are recognised by their headers in English, German, Polish, French and Spanish', () => {
    expect(
      guessColumns(['Nachname', 'Vorname', 'Eintritt', 'Rahmenplan', 'Zielniveau', 'Zieldatum', 'Ausbilderin']),
    ).toEqual(['lastName', 'firstName', 'startDate', 'framework', 'targetLevel', 'targetDate', 'trainer']);
    expect(guessColumns(['Name', 'Framework', 'Target', 'Target date', 'Trainer'])).toEqual([
      'fullName',
      'framework',
      'targetLevel',
      'targetDate',
      'trainer',
    ]);
    expect(guessColumns(['Imię i nazwisko', 'Zawód', 'Poziom docelowy', 'Data docelowa', 'Opiekun'])).toEqual([
      'fullName',
      'framework',
      'targetLevel',
      'targetDate',
      'trainer',
    ]);
    expect(guessColumns(['Nom complet', 'Métier', 'Niveau cible', 'Date cible', 'Tuteur'])).toEqual([
      'fullName',
      'framework',
      'targetLevel',
      'targetDate',
      'trainer',
    ]);
    expect(guessColumns(['Nombre completo', 'Ocupación', 'Nivel objetivo', 'Fecha objetivo', 'Formador'])).toEqual([
      'fullName',
      'framework',
      'targetLevel',
      'targetDate',
      'trainer',
    ]);
  });

  it('read a target level as a word of five languages, a number from 1 to 4 or a first letter', () => {
    const read = (words: string[]) => words.map(readTargetLevel);
    expect(read(['Emerging', 'developing ', 'PROFICIENT', 'Advanced'])).toEqual([
      'emerging',
      'developing',
      'proficient',
      'advanced',
    ]);
    expect(read(['1', '2', '3', '4', 'E', 'd', 'P', 'a'])).toEqual([
      'emerging',
      'developing',
      'proficient',
      'advanced',
      'emerging',
      'developing',
      'proficient',
      'advanced',
    ]);
    expect(read(['Anfänger', 'Fortgeschritten', 'Zaawansowany', 'Avancé', 'Principiante'])).toEqual([
      'emerging',
      'advanced',
      'advanced',
      'advanced',
      'emerging',
    ]);
    // As a German sheet names the levels (a LibreOffice workbook from HR said "Entwickelnd").
    expect(read(['Entwickelnd', 'In Entwicklung'])).toEqual(['developing', 'developing']);
    expect(read(['5', 'expert-ish', ''])).toEqual([null, null, null]);
  });

  it('find a framework by its title or code with letters folded, the newest version, or say why not', () => {
    const all = ['emerging', 'developing', 'proficient', 'advanced'] as const;
    const press = {
      id: 'p1',
      title: 'Abkantpresse Bedienung',
      soc: '00-1111.01',
      code: null,
      version: '1',
      levels: all,
    };
    const pressV2 = { ...press, id: 'p2', version: '2' };
    const plant = {
      ...press,
      id: 'pl',
      title: 'Plant Operators',
      soc: '51-8099.00',
      code: '51-8099.00',
      version: 'v.26.05',
    };
    const twin = { ...press, id: 'tw', title: 'Plant Operators', soc: '51-9999.00', code: '51-9999.00', version: '1' };
    const match = frameworkMatcher([press, pressV2, plant]);
    expect(match('ABKANTPRESSE  bedienung')).toEqual({ framework: pressV2 });
    expect(match('51-8099.00')).toEqual({ framework: plant });
    expect(match('51-8099')).toEqual({ framework: plant });
    expect(match('Nowhere')).toEqual({
      problem:
        'No framework in the library is called “Nowhere” or has that code. Import it, or write its title as the Frameworks page shows it.',
    });
    expect(frameworkMatcher([plant, twin])('plant operators')).toEqual({
      problem:
        '“plant operators” could be any of Plant Operators (51-8099.00), Plant Operators (51-9999.00). Write the framework’s code instead.',
    });
  });
});

describe('a roster with plans', () => {
  const FILE = [
    'Name;Badge;Start;Framework;Target level;Target date;Trainer',
    'Anna Berg;A1;01.09.2026;plant and system operators, all other;Developing;30.06.2027;Maria Keane',
    'Ben Cole;B1;15.10.2026;43-9071.00;3;;Jan Nowak',
    'Cara Diaz;C1;01.09.2026;Abkantpresse;2;;',
    'Dev Patel;D1;01.09.2026;51-8099.00;9;;',
    'Eva Lund;E1;01.09.2026;;;;',
    '',
  ].join('\n');

  it('shows in the preview what plan each person gets, and why a plan is not assigned', async () => {
    const { call } = await openTestApp(await tempDir());
    const preview = await call('roster:preview', csv(FILE));
    expect(preview.columns.map((c) => c.target)).toEqual([
      'fullName',
      'employeeId',
      'startDate',
      'framework',
      'targetLevel',
      'targetDate',
      'trainer',
    ]);
    expect(preview.counts).toMatchObject({ add: 5, refuse: 0 });
    expect(preview.plans).toEqual({ add: 2, update: 0 });
    expect(preview.rows[0]?.plan).toEqual({
      framework: 'Plant and System Operators, All Other (51-8099.00, v.26.05)',
      targetLevel: 'developing',
      targetDate: '2027-06-30',
      startDate: '2026-09-01',
    });
    expect(preview.rows[1]?.plan).toMatchObject({
      targetLevel: 'proficient',
      targetDate: null,
      startDate: '2026-10-15',
    });
    expect(preview.rows[4]?.plan).toBeNull();
    expect(preview.planProblems).toEqual([
      {
        row: 4,
        column: 'Framework',
        message:
          'No framework in the library is called “Abkantpresse” or has that code. Import it, or write its title as the Frameworks page shows it. The person is imported without a plan.',
      },
      {
        row: 5,
        column: 'Target level',
        message:
          '“9” is not a target level. Write Emerging, Developing, Proficient or Advanced (or 1 to 4). The person is imported without a plan.',
      },
    ]);
    expect(preview.problems).toEqual([]);
  });

  it('adds the people and their plans in one change, each plan starting on its trainee’s start date', async () => {
    const { call, app } = await openTestApp(await tempDir());
    await app.backupsSettled();
    let writes = 0;
    app.store.onChange(() => {
      writes += 1;
    });
    const result = await call('roster:import', { ...csv(FILE), existing: 'update' });
    expect(result).toMatchObject({ added: 5, refused: 0, plansAssigned: 2 });
    expect(result.planProblems.map((p) => p.row)).toEqual([4, 5]);
    expect(writes).toBe(1);
    const list = await call('trainees:list', {});
    const planOf = async (name: string) => {
      const id = list.find((r) => r.fullName === name)?.id ?? '';
      return (await call('trainees:get', { id })).plans;
    };
    expect(await planOf('Anna Berg')).toMatchObject([
      { frameworkId: PLANT, targetLevel: 'developing', targetDate: '2027-06-30', startDate: '2026-09-01' },
    ]);
    expect(await planOf('Ben Cole')).toMatchObject([
      { frameworkId: OFFICE, targetLevel: 'proficient', targetDate: null, startDate: '2026-10-15' },
    ]);
    expect(await planOf('Cara Diaz')).toEqual([]);
    expect(list.find((r) => r.fullName === 'Anna Berg')?.trainer).toBe('Maria Keane');
  });

  it('gives a person already on the list a new plan, and leaves one who has it as they are', async () => {
    const { call } = await openTestApp(await tempDir());
    const known = await call('trainees:create', { ...TRAINEE, employeeId: 'K1', startDate: '2026-09-01' });
    const file = csv(`Name;Badge;Framework;Target level\n${TRAINEE.fullName};K1;51-8099.00;2\n`);
    const preview = await call('roster:preview', file);
    expect(preview.counts).toMatchObject({ update: 1 });
    expect(preview.plans).toEqual({ add: 0, update: 1 });
    const first = await call('roster:import', { ...file, existing: 'update' });
    expect(first).toMatchObject({ updated: 1, plansAssigned: 1 });
    expect((await call('trainees:get', { id: known.id })).plans).toMatchObject([{ startDate: '2026-09-01' }]);
    const again = await call('roster:preview', file);
    expect(again.counts).toMatchObject({ update: 0, skip: 1 });
    expect(again.rows[0]?.planNote).toBe('Already has a plan on Plant and System Operators, All Other.');
  });

  it('refuses, in words, a target the named framework has no statements at; an empty target is its lowest level', async () => {
    const { call } = await openTestApp(await tempDir());
    const draft = pressDraft({ title: 'Abkantpresse' });
    await call('frameworks:create', { ...draft, levels: { ...draft.levels, proficient: [], advanced: [] } });
    const file = csv(
      [
        'Name;Badge;Framework;Target level',
        'Ana Lima;L1;Abkantpresse;Proficient',
        'Finn Walsh;W1;Abkantpresse;',
        '',
      ].join('\n'),
    );
    const preview = await call('roster:preview', file);
    expect(preview.planProblems).toEqual([
      {
        row: 2,
        column: 'Target level',
        message:
          'Abkantpresse has no statements at level Proficient, so it cannot be the target. Choose one of the levels it has: Emerging, Developing. The person is imported without a plan.',
      },
    ]);
    expect(preview.rows[1]?.plan).toMatchObject({ targetLevel: 'emerging' });
    const result = await call('roster:import', { ...file, existing: 'update' });
    expect(result).toMatchObject({ added: 2, plansAssigned: 1 });
  });
});

describe('a workbook saved by LibreOffice Calc in a German locale', () => {
  // test/fixtures/roster/libreoffice-de-plans.xlsx: a semicolon CSV opened with German settings (dates as
  // 01.09.2026) and saved as .xlsx by LibreOffice 7 (`soffice --convert-to xlsx`), so its dates are real date cells.
  it('reads its German headers, its date cells and its plan columns', async () => {
    const { call } = await openTestApp(await tempDir());
    const preview = await call('roster:preview', await fixture('libreoffice-de-plans.xlsx'));
    expect(preview.columns.map((c) => c.target)).toEqual([
      'lastName',
      'firstName',
      'employeeId',
      'team',
      'startDate',
      'framework',
      'targetLevel',
      'targetDate',
      'trainer',
    ]);
    expect(preview.rows.map((r) => [r.fullName, r.startDate, r.team])).toEqual([
      ['Paweł Nowak', '2026-09-01', 'Presse'],
      ['Łukasz Kowalczyk', '2026-10-15', 'Presse'],
      ['Jürgen Müller', '2026-11-03', 'Schweißen'],
    ]);
    expect(preview.rows[0]?.plan).toMatchObject({ targetLevel: 'developing', targetDate: '2027-06-30' });
    expect(preview.plans).toEqual({ add: 2, update: 0 });
    expect(preview.planProblems).toEqual([]);
  });
});
