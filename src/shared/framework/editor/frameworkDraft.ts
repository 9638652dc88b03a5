import { z } from 'zod';
import { LEVEL_KEYS, LEVEL_LABELS, type LevelKey } from '../levels';
import { MAX_STATEMENT_CHARS } from '../limits';
import { plainTextProblem } from '../../text/plainText';
import { lineText, longText } from '../../validation';

export const MAX_TITLE_CHARS = 200;
export const MAX_CODE_CHARS = 40;
export const MAX_VERSION_CHARS = 40;
export const MAX_TOPIC_CHARS = 200;
export const MAX_STATEMENTS_PER_LEVEL = 500;

/**
 * "Topic — performance", as the bundled frameworks write it, with runs of spaces made one. This is the
 * same joining the spreadsheet importer does (buildFrameworkFile), so a statement reads the same however
 * it came in; a topic that only repeats the performance is dropped.
 */
export function joinStatement(topic: string, performance: string): string {
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
  const what = clean(performance);
  const about = clean(topic);
  if (what === '') return '';
  return about && about.toLowerCase() !== what.toLowerCase() ? `${about} — ${what}` : what;
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

const INVISIBLE = /[\p{Cf}\p{Z}\s]/gu;

const statementDraft = z
  .object({
    topic: z.string({ error: 'A topic must be text.' }),
    performance: z.string({ error: 'A statement must be text.' }),
  })
  .strict();

/** A row with nothing typed in it: left out when saving, so a level not written yet can stay as it is. */
export function isBlankRow(s: { topic: string; performance: string }): boolean {
  return s.topic.trim() === '' && s.performance.trim() === '';
}

/**
 * One level's statements, checked with the stored format's rules (not too long, not repeated), each message
 * saying which statement it is so it reads well beside the field and in a list of problems. A level may be
 * empty (blank rows count as nothing): the framework then does not have that level.
 */
function levelDraft(key: LevelKey) {
  const label = LEVEL_LABELS[key];
  return z
    .array(statementDraft, { error: `${label} must be a list of statements.` })
    .max(MAX_STATEMENTS_PER_LEVEL, {
      error: (issue) =>
        `${label} can have at most ${String(MAX_STATEMENTS_PER_LEVEL)} statements (this one has ${String((issue.input as unknown[]).length)}).`,
    })
    .superRefine((statements, ctx) => {
      const firstSeen = new Map<string, number>();
      statements.forEach((s, i) => {
        if (isBlankRow(s)) return;
        const where = `${label} statement ${String(i + 1)}`;
        const problem = (field: 'topic' | 'performance', message: string) =>
          ctx.addIssue({ code: 'custom', path: [i, field], message });
        if (s.topic.length > MAX_TOPIC_CHARS) {
          problem('topic', `${where}: the topic can be at most ${String(MAX_TOPIC_CHARS)} characters.`);
        }
        if (CONTROL_CHARS.test(s.topic) || CONTROL_CHARS.test(s.performance)) {
          problem('performance', `${where}: write it on one line, without special characters.`);
          return;
        }
        // The same text rule as every name (src/shared/text/plainText.ts): no direction marks, no broken characters.
        const textProblem = plainTextProblem(where, `${s.topic} ${s.performance}`);
        if (textProblem) {
          problem('performance', textProblem);
          return;
        }
        const text = joinStatement(s.topic, s.performance);
        // Only invisible characters (a zero-width space) is as empty as nothing: a trainer could not see it.
        if (text.replace(INVISIBLE, '') === '') {
          problem('performance', `${where}: write what the trainee does.`);
          return;
        }
        if (text.length > MAX_STATEMENT_CHARS) {
          problem(
            'performance',
            `${where} is ${text.length.toLocaleString('en')} characters long; a statement can be at most ${MAX_STATEMENT_CHARS.toLocaleString('en')}.`,
          );
          return;
        }
        const earlier = firstSeen.get(text.toLowerCase());
        if (earlier !== undefined) {
          problem('performance', `${where} repeats statement ${String(earlier + 1)} of this level.`);
        } else {
          firstSeen.set(text.toLowerCase(), i);
        }
      });
    });
}

const levelsDraft = z
  .object(
    Object.fromEntries(LEVEL_KEYS.map((key) => [key, levelDraft(key)])) as Record<
      LevelKey,
      ReturnType<typeof levelDraft>
    >,
    { error: (issue) => (issue.code === 'invalid_type' ? 'The framework must list its four levels.' : undefined) },
  )
  .strict()
  .superRefine((levels, ctx) => {
    if (LEVEL_KEYS.some((key) => levels[key].some((s) => !isBlankRow(s)))) return;
    // Nothing written anywhere: point at the first empty row, so the message sits beside a field to type in.
    const first = LEVEL_KEYS.find((key) => levels[key].length > 0);
    ctx.addIssue(
      first
        ? {
            code: 'custom',
            path: [first, 0, 'performance'],
            message: `${LEVEL_LABELS[first]} statement 1: write what the trainee does.`,
          }
        : {
            code: 'custom',
            path: ['emerging'],
            message: 'The framework has no statements in any level: write at least one statement at one level.',
          },
    );
  });

/**
 * A code or version label names the framework in its id ("code@version"), in file names and in addresses:
 * letters, digits, spaces and a few marks, so no slash, "@", "#" or invisible direction mark can make it
 * read or link as something else.
 */
const LABEL_CHARS = /^[\p{L}\p{N} ._()+-]+$/u;

function labelProblem(what: 'code' | 'version', input: unknown): string {
  const odd = /[^\p{L}\p{N} ._()+-]/u.exec(String(input))?.[0] ?? '';
  const shown = /\p{C}/u.test(odd) ? 'an invisible character' : `“${odd}”`;
  return `The ${what} cannot contain ${shown}: use letters, digits, spaces and . - _ ( ) + only.`;
}

/** What the framework editor sends: the details a trainer types and the four levels' statements. */
export const frameworkDraftSchema = z
  .object(
    {
      // lineText applies the text rule (no direction marks, no broken characters) to every field here.
      title: lineText('Occupation or title', MAX_TITLE_CHARS, true).refine(
        (v) => v === '' || v.replace(INVISIBLE, '') !== '',
        'Enter the occupation or title.',
      ),
      code: lineText('Code', MAX_CODE_CHARS).refine((v) => v === '' || LABEL_CHARS.test(v), {
        error: (issue) => labelProblem('code', issue.input),
      }),
      version: lineText('Version', MAX_VERSION_CHARS, true).refine((v) => v === '' || LABEL_CHARS.test(v), {
        error: (issue) => labelProblem('version', issue.input),
      }),
      description: longText('Description', 5000),
      source: lineText('Source', 500),
      licence: lineText('Licence', 500),
      levels: levelsDraft,
      /** The framework this is a new version of; its code is kept and it is never changed. */
      basedOn: z.string({ error: 'Choose a framework.' }).min(1).max(200).optional(),
    },
    { error: (issue) => (issue.code === 'invalid_type' ? 'The framework’s details are missing.' : undefined) },
  )
  .strict();

export type FrameworkDraft = z.input<typeof frameworkDraftSchema>;
export type ParsedFrameworkDraft = z.output<typeof frameworkDraftSchema>;

/** The draft's problems keyed by field path ("levels.emerging.0.performance"), for a form to show beside fields. */
export function draftErrors(draft: FrameworkDraft): Record<string, string> {
  const parsed = frameworkDraftSchema.safeParse(draft);
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= issue.message;
  }
  return errors;
}

/** An empty draft: one empty row at each level (left out if it stays empty), version "1". */
export function emptyDraft(): FrameworkDraft {
  return {
    title: '',
    code: '',
    version: '1',
    description: '',
    source: '',
    licence: '',
    levels: {
      emerging: [{ topic: '', performance: '' }],
      developing: [{ topic: '', performance: '' }],
      proficient: [{ topic: '', performance: '' }],
      advanced: [{ topic: '', performance: '' }],
    },
  };
}
