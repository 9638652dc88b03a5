import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/shared/api/errors';
import { parseFrameworkFile } from '../../../src/shared/framework/parseFrameworkFile';
import { seedJson, seedText } from '../../fixtures/frameworkFiles';

type Doc = Record<string, unknown> & {
  occupation: Record<string, unknown>;
  framework: Record<string, unknown> & { levels: Record<string, { label: unknown; statements: unknown[] }> };
  sources: Record<string, unknown>;
};

function mutate(change: (doc: Doc) => void): string {
  const doc = seedJson('51-8099.00') as Doc;
  change(doc);
  return JSON.stringify(doc);
}

function level(doc: Doc, key: string): { label: unknown; statements: unknown[] } {
  const found = doc.framework.levels[key];
  if (!found) throw new Error(`no level ${key}`);
  return found;
}

function problemsOf(text: string, fileName = 'plant.json'): { message: string; problems: string[] } {
  try {
    parseFrameworkFile(fileName, text);
  } catch (error) {
    if (error instanceof ApiError) return { message: error.message, problems: error.fields.map((f) => f.message) };
    throw error;
  }
  throw new Error('expected the file to be refused');
}

const cases: [string, string, string[]][] = [
  ['an empty file', '', ['The file is empty.']],
  ['JSON cut off halfway', seedText('51-8099.00').slice(0, 300), ['The file is not valid JSON (line 1, column']],
  ['a JSON list', '[1, 2, 3]', ['not a competency framework export']],
  ['a JSON string', '"framework"', ['not a competency framework export']],
  [
    'a statement that is a number',
    mutate((d) => {
      level(d, 'proficient').statements[3] = 42;
    }),
    ["Level 'proficient', statement 4: must be text"],
  ],
  [
    'no statements in any level',
    mutate((d) => {
      d.framework.levels = { emerging: { label: 'Emerging', statements: [] } };
    }),
    ['Levels: has no statements in any level: write at least one statement at one of the levels'],
  ],
  [
    'no levels at all',
    mutate((d) => {
      d.framework.levels = {};
    }),
    ['Levels: has no statements in any level'],
  ],
  [
    'a level that is not a level',
    mutate((d) => {
      d.framework.levels.advanced = 'later' as unknown as { label: unknown; statements: unknown[] };
    }),
    ["Level 'advanced': must be a level with a label and statements"],
  ],
  [
    'a blank statement',
    mutate((d) => {
      level(d, 'emerging').statements[0] = '   ';
    }),
    ["Level 'emerging', statement 1: is empty"],
  ],
  [
    'a duplicate statement within a level',
    mutate((d) => {
      const l = level(d, 'emerging');
      l.statements[6] = l.statements[1];
    }),
    ["Level 'emerging', statement 7: repeats statement 2"],
  ],
  [
    'a statement over 2,000 characters',
    mutate((d) => {
      level(d, 'advanced').statements[9] = `Topic — ${'x'.repeat(2100)}`;
    }),
    ["Level 'advanced', statement 10: is 2108 characters long; a statement can be at most 2,000"],
  ],
  [
    'statements that are not a list',
    mutate((d) => {
      level(d, 'emerging').statements = 'one' as unknown as unknown[];
    }),
    ["Level 'emerging', statements: must be a list of statements"],
  ],
  [
    'a bad SOC code',
    mutate((d) => {
      d.occupation.soc = '519';
    }),
    ['Occupation SOC code: “519” is not a SOC code like 43-9071.00'],
  ],
  [
    'a missing title',
    mutate((d) => {
      delete d.occupation.title;
    }),
    ['Occupation title: is missing'],
  ],
  [
    'a job zone out of range',
    mutate((d) => {
      d.occupation.jobZone = 9;
    }),
    ['Job zone: must be from 1 to 5'],
  ],
  [
    'a job zone as text',
    mutate((d) => {
      d.occupation.jobZone = 'two';
    }),
    ['Job zone: must be a number from 1 to 5'],
  ],
  [
    'a missing occupation',
    mutate((d) => {
      delete (d as Partial<Doc>).occupation;
    }),
    ['Occupation: is missing'],
  ],
  [
    'a newer format version',
    mutate((d) => {
      d.schemaVersion = '2.0';
    }),
    ['Format version (schemaVersion): is “2.0”; this version of Trainplan reads framework exports of format 1.x'],
  ],
  [
    'a source that is not text',
    mutate((d) => {
      d.sources.onet = 30;
    }),
    ["Source 'onet': must be text"],
  ],
  [
    'a missing attribution',
    mutate((d) => {
      delete d.attribution;
    }),
    ['Attribution: is missing'],
  ],
  [
    'an empty framework version',
    mutate((d) => {
      d.framework.version = '';
    }),
    ['Framework version: is empty'],
  ],
];

describe('parseFrameworkFile refuses malformed files in plain words', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    const { message, problems } = problemsOf(text);
    expect(message).toMatch(/^“plant\.json” is not a framework Trainplan can use: it has (a problem|\d+ problems)\.$/);
    for (const want of expected)
      expect(
        problems.some((p) => p.includes(want)),
        `${want}\nin ${problems.join('\n')}`,
      ).toBe(true);
  });

  it('lists every problem, not just the first', () => {
    const text = mutate((d) => {
      level(d, 'proficient').statements[3] = 42;
      level(d, 'advanced').label = '';
      d.occupation.soc = 'x';
    });
    expect(problemsOf(text).problems).toEqual([
      'Occupation SOC code: “x” is not a SOC code like 43-9071.00',
      "Level 'proficient', statement 4: must be text",
      "Level 'advanced', label: is empty",
    ]);
  });

  it('refuses a file over 5 MB before reading it, naming the file and its size', () => {
    const text = `{"pad":"${'x'.repeat(5 * 1024 * 1024)}"}`;
    expect(problemsOf(text, 'huge.json').message).toBe(
      '“huge.json” is too large to be a framework file (5.0 MB; the limit is 5 MB).',
    );
  });

  it('accepts a byte-order mark and extra fields', () => {
    const text = `\uFEFF${mutate((d) => {
      d.extra = { note: 'from a newer exporter' };
    })}`;
    expect(parseFrameworkFile('bom.json', text).occupation.soc).toBe('51-8099.00');
  });
});
