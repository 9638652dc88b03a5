import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../src/shared/api/errors';
import { recordsState } from '../../support/folderState';
import { useTempDirs } from '../../support/tempDir';
import { openTestApp } from '../../support/testApp';
import { sourceBytes, textBytes } from './sourceFiles';

const tempDir = useTempDirs();

const FIXTURES = [
  'spreadsheet-semicolons-bom.csv',
  'spreadsheet-comma.csv',
  'case-machining.json',
  'case-rubric.json',
  'moodle-three-tiers.csv',
].map(sourceBytes);

/** Any bytes, bytes that start like each format, and real files with bytes changed, cut or added. */
const anyFile = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.string().map(textBytes),
  fc
    .tuple(
      fc.constantFrom('{"CFDocument":', 'Level,Topic,Statement\n', '"Parent ID number","ID number"', 'PK\u0003\u0004'),
      fc.string(),
    )
    .map(([start, rest]) => textBytes(start + rest)),
  fc
    .tuple(
      fc.constantFrom(...FIXTURES),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
      fc.nat(),
    )
    .map(([file, changes, cut]) => {
      const bytes = new Uint8Array(file);
      for (const [at, value] of changes) bytes[at % bytes.length] = value;
      return bytes.subarray(0, bytes.length - (cut % 40));
    }),
);

describe('framework import from other formats, any bytes', () => {
  it('gives a framework or a clear refusal, and a refusal changes nothing on disk', async () => {
    const dir = await tempDir();
    const { app } = await openTestApp(dir);
    await fc.assert(
      fc.asyncProperty(anyFile, async (bytes) => {
        const before = await recordsState(dir);
        const preview = await app.dispatch('frameworks:preview', { fileName: 'any.csv', bytes });
        const imported = await app.dispatch('frameworks:import-source', { fileName: 'any.csv', bytes });
        for (const answer of [preview, imported]) {
          if (!answer.ok) {
            expect(['invalid_framework', 'invalid_input', 'already_exists']).toContain(answer.error.code);
            expect(answer.error.message).toMatch(/^“any\.csv”|^The file|is already in your library/);
            expect(answer.error.message).not.toMatch(/undefined|TypeError|Unexpected token|\[object/);
          }
        }
        if (!imported.ok) expect(await recordsState(dir)).toEqual(before);
        if (preview.ok !== imported.ok && !(!imported.ok && imported.error.code === 'already_exists')) {
          throw new ApiError('internal', 'the preview and the import disagreed');
        }
      }),
      { numRuns: 150 },
    );
  });
});
