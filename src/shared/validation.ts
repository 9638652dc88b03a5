import { z } from 'zod';
import { isIsoDate } from './dates';
import { plainTextProblem } from './text/plainText';

const KIND_WORDS: Partial<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'yes or no (true or false)',
  array: 'a list',
  object: 'a set of fields',
};

/** "targetDate" → "target date": the last named key of a path, as a trainer would say it. */
function fieldWords(path: readonly PropertyKey[] | undefined): string | null {
  const key = [...(path ?? [])].reverse().find((k): k is string => typeof k === 'string');
  return key === undefined ? null : key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** A value that fits none of a union's kinds: say which field, and whether it was missing or wrong. */
function unionMessage(path: readonly PropertyKey[] | undefined, input: unknown): string {
  const words = fieldWords(path);
  if (words === null) return 'This is none of the kinds Trainplan accepts here.';
  if (input === undefined) return `Choose the ${words}.`;
  return `The ${words} is none of the kinds Trainplan accepts here.`;
}

// Every schema names its own messages; this only replaces zod's generic wording ("Too big: expected string
// to have <=200 characters") for the limits a schema left unnamed, so no caller ever reads zod's jargon.
z.config({
  customError: (issue) => {
    if (issue.code === 'too_big' && issue.origin === 'string') {
      return `This text is too long (at most ${String(issue.maximum)} characters).`;
    }
    if (issue.code === 'too_big' && issue.origin === 'array') {
      return `Too many items at once (at most ${String(issue.maximum)}).`;
    }
    if (issue.code === 'too_small' && issue.origin === 'string') return 'This cannot be left empty.';
    if (issue.code === 'invalid_type') return `Expected ${KIND_WORDS[issue.expected] ?? 'something else'} here.`;
    if (issue.code === 'invalid_value') {
      const choices = issue.values.map((v) => `“${String(v)}”`).join(', ');
      return issue.values.length === 1 ? `Expected ${choices} here.` : `Expected one of ${choices} here.`;
    }
    if (issue.code === 'unrecognized_keys') {
      return `Trainplan does not know the field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `“${k}”`).join(', ')}.`;
    }
    if (issue.code === 'invalid_union') return unionMessage(issue.path, issue.input);
    return undefined;
  },
});

// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * One line of text as it may be stored: trimmed, limited, no control characters. Records saved before the
 * text rule of `lineText` existed are read with this, so a data folder or backup that holds, say, an
 * organisation name with a direction mark still opens; only new input is held to the stricter rule.
 */
export function storedLineText(label: string, max: number) {
  return z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, {
      error: (issue) =>
        `${label} can be at most ${max} characters (this one has ${String((issue.input as string).length)}).`,
    })
    .refine((v) => !CONTROL_CHARS.test(v) && !/[\t\r\n]/.test(v), `${label} must be a single line of ordinary text.`);
}

/** One line of text a person typed: trimmed, limited, no control characters. Any script is welcome. */
export function lineText(label: string, max: number, required = false) {
  const base = storedLineText(label, max).superRefine((v, ctx) => {
    const problem = plainTextProblem(label, v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
  return required ? base.refine((v) => v.length > 0, `Enter the ${label.toLowerCase()}.`) : base;
}

export function longText(label: string, max: number) {
  return z
    .string({ error: `${label} must be text.` })
    .max(max, {
      error: (issue) =>
        `${label} can be at most ${max.toLocaleString('en')} characters (this one has ${(issue.input as string).length.toLocaleString('en')}).`,
    })
    .refine((v) => !CONTROL_CHARS.test(v), `${label} contains characters that are not ordinary text.`)
    .superRefine((v, ctx) => {
      // Notes may hold line breaks, not broken characters or direction marks.
      const problem = plainTextProblem(label, v, { multiline: true });
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}

export function isoDate(label: string) {
  return z
    .string({ error: `${label} must be a date.` })
    .refine(isIsoDate, `${label} must be a real date (YYYY-MM-DD).`);
}

/** An optional date: "" or null both mean "none". */
export function optionalIsoDate(label: string) {
  return z
    .union([z.literal(''), z.null(), isoDate(label)], {
      error: (issue) =>
        issue.input === undefined
          ? `Choose a ${label.toLowerCase()}, or leave it empty for none.`
          : `${label} must be a date (YYYY-MM-DD), or empty for none.`,
    })
    .transform((v) => (v === '' ? null : v));
}
