import { z } from 'zod';
import { LEVEL_KEYS } from './levels';
import { MAX_STATEMENT_CHARS } from './limits';

/**
 * The competency-framework export format, exactly as the bundled seeds use it.
 * Messages are written for a trainer: the importer prefixes them with where the problem is.
 */
const text = (what = 'text') =>
  z.string({ error: (issue) => (issue.input === undefined ? 'is missing' : `must be ${what}`) });
const nonEmptyText = () => text().refine((s) => s.trim().length > 0, 'is empty');

const statement = text()
  .refine((s) => s.trim().length > 0, 'is empty')
  .refine((s) => s.length <= MAX_STATEMENT_CHARS, {
    error: (issue) =>
      `is ${String((issue.input as string).length)} characters long; a statement can be at most ${MAX_STATEMENT_CHARS.toLocaleString('en')}`,
  });

const level = z.object(
  {
    label: nonEmptyText(),
    statements: z.array(statement, { error: 'must be a list of statements' }).superRefine((statements, ctx) => {
      const firstSeen = new Map<string, number>();
      statements.forEach((s, i) => {
        const key = typeof s === 'string' ? s.trim().toLowerCase() : '';
        const earlier = firstSeen.get(key);
        if (earlier !== undefined && key !== '') {
          ctx.addIssue({
            code: 'custom',
            path: [i],
            message: `repeats statement ${earlier + 1}`,
          });
        } else {
          firstSeen.set(key, i);
        }
      });
    }),
  },
  { error: (issue) => (issue.input === undefined ? 'is missing' : 'must be a level with a label and statements') },
);

/**
 * Each of the four levels may be left out or have no statements (a framework whose higher levels are not
 * written yet), but one level at least must have statements: there is nothing to train against otherwise.
 */
const levels = z
  .object(
    Object.fromEntries(LEVEL_KEYS.map((key) => [key, level.optional()])) as Record<
      (typeof LEVEL_KEYS)[number],
      z.ZodOptional<typeof level>
    >,
    { error: (issue) => (issue.input === undefined ? 'is missing' : 'must list the levels by name') },
  )
  .refine((all) => LEVEL_KEYS.some((key) => (all[key]?.statements.length ?? 0) > 0), {
    error: `has no statements in any level: write at least one statement at one of the levels (${LEVEL_KEYS.join(', ')})`,
  });

const group = (what: string) => ({
  error: (issue: { input: unknown }) => (issue.input === undefined ? 'is missing' : `must be ${what}`),
});

export const frameworkFileSchema = z.object(
  {
    schemaVersion: text().refine((v) => /^1\.\d+$/.test(v), {
      error: (issue) => `is “${String(issue.input)}”; this version of Trainplan reads framework exports of format 1.x`,
    }),
    exportedAt: text('a date').refine((v) => !Number.isNaN(Date.parse(v)), 'must be a date and time'),
    occupation: z.object(
      {
        soc: text().refine((v) => /^\d{2}-\d{4}\.\d{2}$/.test(v), {
          error: (issue) => `“${String(issue.input)}” is not a SOC code like 43-9071.00`,
        }),
        title: nonEmptyText(),
        /** The code the trainer gave a framework made in Trainplan when it is not a SOC code; older files have none. */
        code: text().optional(),
        group: text(),
        sector: text(),
        jobZone: z
          .number({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be a number from 1 to 5') })
          .int('must be a whole number from 1 to 5')
          .min(1, 'must be from 1 to 5')
          .max(5, 'must be from 1 to 5'),
        jobZoneInferred: z.boolean({
          error: (issue) => (issue.input === undefined ? 'is missing' : 'must be true or false'),
        }),
      },
      group('the occupation’s details'),
    ),
    framework: z.object(
      {
        version: nonEmptyText(),
        description: text(),
        contextCovered: text(),
        levels,
      },
      group('the framework’s version, context and levels'),
    ),
    sources: z.record(z.string(), text(), group('a list of named sources')),
    attribution: text(),
  },
  { error: 'must be an object' },
);

export type FrameworkFile = z.infer<typeof frameworkFileSchema>;
