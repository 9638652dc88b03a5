import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { preview, refusal, sourceBytes, textBytes } from './sourceFiles';
import { wholeTitle } from '../../../../src/main/frameworks/sources/moodleSource';

const HEADER =
  '"Parent ID number","ID number","Short name","Description","Description format","Scale values","Scale configuration","Rule type","Rule outcome","Rule config","Cross-referenced competency ID numbers","Exported ID","Is framework","Taxonomy"';

const PRESS_LINE_EMERGING = [
  'Safety at the press — Checks the light curtain before the first stroke',
  'Safety at the press — Locks out the press and proves it dead',
];

describe('Moodle competency framework CSV, in the layout Moodle itself writes', () => {
  const text = () => new TextDecoder().decode(sourceBytes('moodle-press-line.csv'));

  it('reads the framework row, the groups as levels and the tree under them, with HTML entities decoded', async () => {
    const result = await preview('press-line.csv', sourceBytes('moodle-press-line.csv'));
    expect(result.format).toBe('moodle');
    expect(result.file.occupation.title).toBe('Press line');
    expect(result.file.occupation.code).toBe('PRESS-LINE');
    expect(result.file.framework.description).toBe(
      'Skills an apprentice on the press line & press brake shows, from a safe start to a die change. • Safety at the press • Setting up • Running the line • Die change and quality',
    );
    expect(result.topGroups.map((g) => [g.title, g.level])).toEqual([
      ['Safety at the press', 'emerging'],
      ['Setting up', 'developing'],
      ['Running the line', 'proficient'],
      ['Die change and quality', 'advanced'],
    ]);
    const levels = result.file.framework.levels;
    expect(levels.emerging?.statements).toEqual(PRESS_LINE_EMERGING);
    expect(levels.proficient?.statements).toEqual([
      'Press brake — Bends a part to the drawing’s angle',
      'Press brake — Keeps the back gauge clear',
      'Running the line — Stacks parts for the next station',
    ]);
    expect(result.leftOut).toEqual([
      'Cross-references of 4 competencies: Trainplan keeps only the tree.',
      'The rating scale (Not yet competent,Competent): Trainplan records a statement as done or not.',
    ]);
  });

  it('reads the same file with CRLF line ends, every field quoted and the headings in other case and spacing', async () => {
    const [header = [], ...rows] = Papa.parse<string[]>(text(), { skipEmptyLines: true }).data;
    const shouting = header.map((name) => ` ${name.toUpperCase()} `);
    const quoted = Papa.unparse([shouting, ...rows], { quotes: true, newline: '\r\n' });
    expect(quoted).toContain('"","safety","Safety at the press"');
    const result = await preview('crlf.csv', textBytes(quoted));
    expect(result.format).toBe('moodle');
    expect(result.file.occupation.title).toBe('Press line');
    expect(result.file.framework.levels.emerging?.statements).toEqual(PRESS_LINE_EMERGING);
  });

  it('decodes named and numeric entities in a description, leaving escaped tags as text', async () => {
    const [header = ''] = text().split('\n');
    const row = `,EX,Example,"<p>Fit &amp; finish &lt;p&gt; &#8211; caf&eacute;&nbsp;&#x2019;</p>",1,,,,,,,,1,competency`;
    const body = text().split('\n').slice(3).join('\n');
    const result = await preview('ents.csv', textBytes(`${header}\n${row}\n${body}`));
    expect(result.file.framework.description).toBe('Fit & finish <p> – café ’');
  });
});

describe('Moodle competency framework CSV', () => {
  it('reads the framework row and a three-tier tree, with quoted newlines and an empty row', async () => {
    const result = await preview('maintenance.csv', sourceBytes('moodle-three-tiers.csv'));
    expect(result.format).toBe('moodle');
    expect(result.file.occupation.title).toBe('Maintenance technician');
    expect(result.file.framework.description).toBe('Plant maintenance skills');
    expect(result.file.framework.levels.emerging?.statements).toEqual([
      'Bearings — Removes a bearing with a puller',
      'Bearings — Fits a bearing to the correct preload',
    ]);
    expect(result.file.framework.levels.developing?.statements).toEqual([
      'Electrical — Isolates a machine and proves it dead',
    ]);
    expect(result.topGroups.map((g) => g.title)).toEqual(['Mechanical', 'Electrical', 'Pneumatics', 'Leading']);
    expect(result.leftOut).toEqual([
      'Cross-references of 1 competency: Trainplan keeps only the tree.',
      'Completion rules of 1 competency: in Trainplan a trainer checks each statement off.',
      'The rating scale ("Not yet competent,Competent"): Trainplan records a statement as done or not.',
    ]);
  });

  it('reads a semicolon-separated export', async () => {
    const text = new TextDecoder().decode(sourceBytes('moodle-three-tiers.csv'));
    // Re-separate with semicolons outside quotes: every separator in the fixture sits between two quotes.
    const semicolons = text.replaceAll('","', '";"');
    const result = await preview('semi.csv', textBytes(semicolons));
    expect(result.format).toBe('moodle');
    expect(result.file.framework.levels.advanced?.statements).toEqual([
      'Leading — Plans the weekly preventive maintenance',
    ]);
  });

  it('refuses an export without a framework row', async () => {
    const text = `${HEADER}\n"","C1","Safety","","1","","","","","","","2","",""\n`;
    expect(await refusal('nofw.csv', textBytes(text))).toBe(
      '“nofw.csv”: This Moodle CSV has no framework row (a row with “Is framework” set to 1), so the framework has no name. Export the framework again from Moodle.',
    );
  });
});

describe('Moodle levels from a "Levels" branch and cross-references, as in Moodle’s own example', () => {
  const text = () => new TextDecoder().decode(sourceBytes('moodle-levels-branch.csv'));

  it('gives each indicator the level it cross-references, its competency as topic, with Moodle’s level names', async () => {
    const result = await preview('levels.csv', sourceBytes('moodle-levels-branch.csv'));
    expect(result.format).toBe('moodle');
    expect(result.file.occupation.title).toBe('Press line core skills');
    expect(result.file.framework.description).toContain('• The “safety” skills • The production skills');
    expect(Object.keys(result.file.framework.levels)).toEqual(['emerging', 'developing']);
    expect(result.file.framework.levels.emerging).toEqual({
      label: 'Level 1',
      statements: [
        'Guarding — Tests the light curtain with the test rod before the first stroke',
        'Guarding — Reports a damaged guard at once and does not start the press',
        'Lock-out — Locks out the press and proves it dead',
        'Bending — Bends a part to the drawing’s angle with help',
        'Stacking and labelling — Stacks parts in the crate and labels it',
      ],
    });
    expect(result.file.framework.levels.developing).toEqual({
      label: 'Level 2',
      statements: [
        'Guarding — Shows a new apprentice why each guard is there',
        'Lock-out — Leads the lock-out for a die change with two people',
        'Bending — Bends a batch alone and checks every tenth part',
      ],
    });
    expect(result.topGroups.map((g) => [g.title, g.level, g.statementCount])).toEqual([
      ['Level 1', 'emerging', 5],
      ['Level 2', 'developing', 3],
    ]);
    expect(result.notes).toContain(
      'The levels come from “Levels” and the cross-references to it: “Level 1”, “Level 2”. 1 level with no competency at it is not part of the framework.',
    );
    expect(result.leftOut).toEqual([
      '1 competency at no level (no cross-reference to “Levels”): “Counts a batch against the job card”.',
      'The rating scale (Not yet competent,Competent): Trainplan records a statement as done or not.',
    ]);
  });

  it('reads it the same with CRLF, a BOM, every field quoted and headings in other case and spacing', async () => {
    const [header = [], ...rows] = Papa.parse<string[]>(text(), { skipEmptyLines: true }).data;
    const shouting = header.map((name) => `  ${name.toUpperCase().replace(/ /g, '  ')} `);
    const quoted = `\uFEFF${Papa.unparse([shouting, ...rows], { quotes: true, newline: '\r\n' })}`;
    const result = await preview('crlf.csv', textBytes(quoted));
    const plainResult = await preview('levels.csv', sourceBytes('moodle-levels-branch.csv'));
    expect(result.file.framework.levels).toEqual(plainResult.file.framework.levels);
  });

  it('shares more than four used levels over Trainplan’s four, and takes the trainer’s choice of each', async () => {
    // Level 3 gets an indicator, and two more levels are added: five levels in use.
    const more = text()
      .replace('null,,20,,', 'null,level-3,20,,')
      .replace(
        ',competencies,Competencies,',
        'levels,level-4,"Level 4",,1,,,,0,null,SAF-GU-3,21,,\nlevels,level-5,"Level 5",,1,,,,0,null,PRO-BR-2,22,,\n,competencies,Competencies,',
      );
    const shared = await preview('five.csv', textBytes(more));
    expect(shared.topGroups.map((g) => g.level)).toEqual([
      'emerging',
      'emerging',
      'developing',
      'proficient',
      'advanced',
    ]);
    const chosen = await preview('five.csv', textBytes(more), [
      'emerging',
      'developing',
      'proficient',
      'advanced',
      'advanced',
    ]);
    expect(chosen.file.framework.levels.proficient).toEqual({
      label: 'Level 3',
      statements: ['Stacking and labelling — Counts a batch against the job card'],
    });
    expect(chosen.file.framework.levels.advanced?.label).toBe('Advanced');
  });
});

describe('a shortname Moodle cut at 100 characters', () => {
  const text = () => new TextDecoder().decode(sourceBytes('moodle-levels-branch.csv'));
  const whole =
    'Shows a new apprentice why each guard is there, which hazard it stops and what happens to the hand when it is bypassed';

  it('is read whole from the description that goes on with it', async () => {
    const cut = whole.slice(0, 100);
    const file = text().replace(
      '"Shows a new apprentice why each guard is there ","<p>Shows a new apprentice why each guard\nis there.<br></p>"',
      `"${cut}","<p>${whole.slice(0, 60)}\n${whole.slice(60)}<br></p>"`,
    );
    expect(file).not.toBe(text());
    const result = await preview('cut.csv', textBytes(file));
    const statements = result.file.framework.levels.developing?.statements ?? [];
    expect(statements).toContain(`Guarding — ${whole}`);
    expect(statements.some((s) => s.endsWith(cut))).toBe(false);
  });

  it('keeps a short shortname even when the description says more', () => {
    expect(wholeTitle('Locks out the press', 'Locks out the press and proves it dead with a test stroke')).toBe(
      'Locks out the press',
    );
    expect(wholeTitle('', 'Only a description')).toBe('Only a description');
  });
});
