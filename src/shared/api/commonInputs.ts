import { z } from 'zod';
import { LEVEL_KEYS } from '../framework/levels';
import { MAX_SOURCE_FILE_BYTES } from '../framework/sources/sourcePreview';

/** Input shapes several calls share: ids, files to save, files to read. */

export const id = (what: string) =>
  z
    .string({ error: `Choose a ${what}.` })
    .min(1, `Choose a ${what}.`)
    .max(200);
export const noInput = z.object({}).strict();
export const dataFileInput = z
  .object({ fileName: z.string().trim().min(1, 'The file has no name.').max(255), text: z.string() })
  .strict();
export const frameworkIdInput = z.object({ id: id('framework') }).strict();

/** Larger than any report or export Trainplan makes; a guard against a runaway caller, not a real limit. */
export const MAX_SAVED_FILE_BYTES = 512 * 1024 * 1024;
export const fileToSave = z
  .object({
    fileName: z.string().trim().min(1, 'The file has no name.').max(255, 'The file name is too long.'),
    bytes: z
      .custom<Uint8Array>((v) => v instanceof Uint8Array, { error: 'The file has no content to save.' })
      .refine((bytes) => bytes.byteLength <= MAX_SAVED_FILE_BYTES, 'The file is too large to save (over 512 MB).'),
  })
  .strict();
export type FileToSave = z.output<typeof fileToSave>;
/** A framework file from another format (spreadsheet, CASE, Moodle), as bytes. */
export const sourceFileInput = z
  .object({
    fileName: z.string().trim().min(1, 'The file has no name.').max(255, 'The file name is too long.'),
    bytes: z
      .custom<Uint8Array>((v) => v instanceof Uint8Array, { error: 'The file has no content.' })
      .refine(
        (bytes) => bytes.byteLength <= MAX_SOURCE_FILE_BYTES,
        'The file is too large to be a framework (over 5 MB).',
      ),
    /** The level chosen in the preview for each group at the top of a CASE or Moodle tree. */
    levels: z
      .array(z.enum(LEVEL_KEYS, { error: 'Choose a level for each group.' }))
      .max(1000)
      .optional(),
  })
  .strict();
export const traineeIdInput = z.object({ id: id('trainee') }).strict();
