import { describe, expect, it } from 'vitest';
import type { FrameworkDraft } from '../../../../src/shared/framework/editor/frameworkDraft';
import { recordsState } from '../../support/folderState';
import { useTempDirs } from '../../support/tempDir';
import { openTestApp } from '../../support/testApp';
import { startTestBridge } from '../../support/testBridge';
import { pressDraft } from './draftFixtures';

const tempDir = useTempDirs();

function withEmerging(statements: FrameworkDraft['levels']['emerging']): FrameworkDraft {
  const draft = pressDraft();
  return { ...draft, levels: { ...draft.levels, emerging: statements } };
}

const many = Array.from({ length: 501 }, (_, i) => ({ topic: '', performance: `does task number ${String(i + 1)}` }));

/** Each bad draft, the field it is about, and words the message must contain. */
const BAD: [string, unknown, string, RegExp][] = [
  [
    'no statement in any level',
    { ...pressDraft(), levels: { emerging: [], developing: [], proficient: [], advanced: [] } },
    'levels.emerging',
    /The framework has no statements in any level: write at least one statement at one level\./,
  ],
  [
    'only blank rows',
    {
      ...pressDraft(),
      levels: {
        emerging: [{ topic: ' ', performance: '' }],
        developing: [{ topic: '', performance: '' }],
        proficient: [],
        advanced: [],
      },
    },
    'levels.emerging.0.performance',
    /Emerging statement 1: write what the trainee does\./,
  ],
  [
    'a 3,000-character statement',
    withEmerging([{ topic: '', performance: 'x'.repeat(3000) }]),
    'levels.emerging.0.performance',
    /Emerging statement 1 is 3,000 characters long; a statement can be at most 2,000/,
  ],
  [
    'a repeated statement',
    withEmerging([
      { topic: 'Safety', performance: 'wears gloves' },
      { topic: 'safety', performance: 'Wears  gloves' },
    ]),
    'levels.emerging.1.performance',
    /Emerging statement 2 repeats statement 1 of this level/,
  ],
  [
    '501 statements',
    withEmerging(many),
    'levels.emerging',
    /Emerging can have at most 500 statements \(this one has 501\)/,
  ],
  [
    'a __proto__ key',
    JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(pressDraft()).slice(1)}`) as unknown,
    '',
    /key named “__proto__”/,
  ],
  ['a wrong type', { ...pressDraft(), title: 42 }, 'title', /Occupation or title must be text/],
  ['an empty title', pressDraft({ title: '  ' }), 'title', /Enter the occupation or title/],
  ['a long title', pressDraft({ title: 'T'.repeat(201) }), 'title', /at most 200 characters/],
  [
    'an empty performance',
    withEmerging([{ topic: 'Safety', performance: ' ' }]),
    'levels.emerging.0.performance',
    /write what the trainee does/,
  ],
  ['a slash in the version', pressDraft({ version: '../../2' }), 'version', /The version cannot contain “\/”/],
  [
    'a direction override in the version',
    pressDraft({ version: '2\u202e1' }),
    'version',
    /The version cannot contain an invisible character/,
  ],
  [
    'a statement of only a zero-width space',
    withEmerging([{ topic: '', performance: '\u200b' }]),
    'levels.emerging.0.performance',
    /Emerging statement 1 contains an invisible character \(pasted from another program\?\): type it again\./,
  ],
  [
    'a direction override in the title',
    pressDraft({ title: 'Admin\u202etxt.exe' }),
    'title',
    /Occupation or title contains invisible direction marks \(pasted from another program\?\): remove them\./,
  ],
  ['an “@” in the code', pressDraft({ code: 'PB@101' }), 'code', /The code cannot contain “@”/],
];

describe('a bad draft is refused with a message in words, and nothing is stored', () => {
  it.each(BAD)('through the dispatch: %s', async (_name, input, path, message) => {
    const dir = await tempDir();
    const { fail } = await openTestApp(dir);
    const before = await recordsState(dir);
    const error = await fail('frameworks:create', input);
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(message);
    // A request refused for its shape (a __proto__ key) is refused before any field is looked at.
    if (path !== '') expect(error.fields.map((f) => f.path)).toContain(path);
    expect(await recordsState(dir)).toEqual(before);
  });

  it('through the HTTP bridge, each of them', async () => {
    const dir = await tempDir();
    const { call } = await startTestBridge(dir, `${dir}-renderer`);
    const before = await recordsState(dir);
    for (const [, input, , message] of BAD) {
      const answer = await call('frameworks:create', input);
      expect(answer.ok).toBe(false);
      expect(answer.error?.message).toMatch(message);
    }
    expect(await recordsState(dir)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const list = (await call('frameworks:list', {})).value as unknown[];
    expect(list).toHaveLength(3);
  });

  it('an export of a framework that is not there, or in another format, says so', async () => {
    const { fail } = await openTestApp(await tempDir());
    expect((await fail('frameworks:export', { frameworkId: 'nope@1', format: 'json' })).message).toBe(
      'That framework is not in the library. It may have been removed.',
    );
    expect((await fail('frameworks:export', { frameworkId: 'nope@1', format: 'pdf' })).message).toBe(
      'Choose JSON or Excel (.xlsx).',
    );
  });
});

describe('an export through the HTTP bridge', () => {
  it('arrives as the file’s bytes, as the page saves them', async () => {
    const dir = await tempDir();
    const { call, app } = await startTestBridge(dir, `${dir}-renderer`);
    const id = app.frameworks.list()[0]?.id ?? '';
    const answer = await call('frameworks:export', { frameworkId: id, format: 'json' });
    const value = answer.value as { fileName: string; bytes: { $bytes: string } };
    const text = Buffer.from(value.bytes.$bytes, 'base64').toString('utf8');
    expect((JSON.parse(text) as { schemaVersion: string }).schemaVersion).toBe('1.0');
  });
});
