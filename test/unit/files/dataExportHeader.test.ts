import { describe, expect, it } from 'vitest';
import { fileKind } from '../../../src/shared/files/fileKind';
import { isBundle } from '../../../src/main/store/records/bundle';

const TRAINEE_LINE = '{"doc":{},"history":[]}';
const END_LINE = '{"end":true,"trainees":0}';

describe('a data export is recognised by what its first line says, not by its first bytes', () => {
  it.each([
    ['as Trainplan writes it', '{"format":"trainplan-data","schemaVersion":3,"trainees":0}'],
    ['with spaces after the colons', '{ "format": "trainplan-data", "schemaVersion": 3 }'],
    ['with the keys in another order', '{"schemaVersion":3,"trainees":0,"format":"trainplan-data"}'],
    ['with an escaped character', '{"schemaVersion":3,"format":"trainplan\\u002ddata"}'],
  ])('%s', (_, header) => {
    const text = `\uFEFF${header}\r\n${END_LINE}\r\n`;
    expect(isBundle(text)).toBe(true);
    expect(fileKind(text)).toBe('data');
  });

  it('is not fooled by the same words deeper inside the line', () => {
    const text = `{"copyOf":{"format":"trainplan-data"},"format":"notes"}\n${TRAINEE_LINE}\n`;
    expect(isBundle(text)).toBe(false);
    expect(fileKind(text)).toBe('json');
  });
});
