import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sheetName } from '../../../src/main/exports/sheetNames';
import { safeFileName } from '../../../src/shared/reports/reportOptions';
import { shorten } from '../../../src/shared/text/shorten';

describe('shortening names for sheets, columns and files', () => {
  it('never cuts a character in half, and stays within the limit', () => {
    expect(shorten('Machine Feeders And Offbearer🧪 Line', 31)).toBe('Machine Feeders And Offbearer…');
    expect(sheetName('Machine Feeders And Offbearer🧪 Line', new Set())).not.toContain('\ufffd');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.integer({ min: 2, max: 40 }), (text, max) => {
        const short = shorten(text, max);
        expect(short.length).toBeLessThanOrEqual(Math.max(max, text.length <= max ? text.length : 0));
        expect(short).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
        if (text.length <= max) expect(short).toBe(text);
      }),
    );
  });

  it('keeps the end of a long report name (what and when), and drops direction overrides', () => {
    const name = safeFileName(`Progress - ${'Ana '.repeat(60)}- 2026-11-30`);
    expect(name.length).toBeLessThanOrEqual(180);
    expect(name.endsWith('- 2026-11-30')).toBe(true);
    expect(name).toContain('…');
    expect(safeFileName('Progress - \u202eRTL mark name - 2026-11-30')).toBe('Progress - RTL mark name - 2026-11-30');
    expect(safeFileName('Progress - Ana Silva - 2026-11-30')).toBe('Progress - Ana Silva - 2026-11-30');
  });
});
