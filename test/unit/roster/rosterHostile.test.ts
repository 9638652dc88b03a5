import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeForWire } from '../../../src/shared/api/wire';
import { seedText } from '../../fixtures/frameworkFiles';
import { recordsState } from '../support/folderState';
import { openTestApp } from '../support/testApp';
import { startTestBridge } from '../support/testBridge';
import { useTempDirs } from '../support/tempDir';
import { csv } from './rosterFiles';

const tempDir = useTempDirs();

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const NOT_TEXT = new Uint8Array(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 32));
const NOT_XLSX = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('not really a zip at all')]);

const BAD_FILES: [string, Uint8Array, RegExp][] = [
  ['an empty file', new Uint8Array(), /The file is empty\. Nothing was changed\.$/],
  [
    'only blank lines',
    new TextEncoder().encode('\r\n;;;\r\n\r\n'),
    /no rows with anything in them|There is nobody in the file/,
  ],
  ['a header and nobody', csv('Name;Badge\r\n\r\n').bytes, /There is nobody in the file/],
  ['a picture', PNG, /This is a picture, not a list of people/],
  [
    'a framework',
    new TextEncoder().encode(seedText('51-8099.00')),
    /framework file — import it on the Frameworks page/,
  ],
  ['bytes that are not text', NOT_TEXT, /This file is not text/],
  ['a broken workbook', NOT_XLSX, /could not be read as an Excel workbook/],
  ['an old .xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /old Excel workbook \(\.xls\)/],
  ['50,000 columns', csv(`Name${',x'.repeat(49_999)}\nA${',1'.repeat(49_999)}\n`).bytes, /It has 50,000 columns/],
  ['20 MB', new Uint8Array(20 * 1024 * 1024).fill(0x41), /larger than 10 MB/],
];

describe('hostile files given to the roster import through the HTTP bridge', () => {
  it.each(BAD_FILES)('%s gets a clear message and changes nothing', async (_what, bytes, message) => {
    const dataDir = await tempDir();
    const { call, app } = await startTestBridge(dataDir, join(await tempDir(), 'renderer'));
    await app.backupsSettled();
    const before = await recordsState(dataDir);
    for (const [name, extra] of [
      ['roster:preview', {}],
      ['roster:import', { existing: 'update' }],
    ] as const) {
      const answer = await call(name, encodeForWire({ fileName: 'people.csv', bytes, ...extra }));
      expect(answer.ok).toBe(false);
      expect(answer.error?.message).toMatch(message);
    }
    expect(await recordsState(dataDir)).toEqual(before);
  });

  it('refuses bytes that are not sent as a file', async () => {
    const { call } = await startTestBridge(await tempDir(), join(await tempDir(), 'renderer'));
    for (const bytes of [{ $bytes: '!!!' }, 'Name\nAnna', [1, 2, 3], null]) {
      const answer = await call('roster:preview', { fileName: 'people.csv', bytes });
      expect(answer.ok).toBe(false);
      expect(answer.error?.message).toMatch(/file/i);
    }
  });
});

describe('any bytes given to the roster preview', () => {
  it('get a preview or a clear error, and change nothing on disk', async () => {
    const dataDir = await tempDir();
    const { app } = await openTestApp(dataDir);
    await app.backupsSettled();
    const before = await recordsState(dataDir);
    const csvLike = fc
      .array(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('Name', 'Badge', '"a\nb"', '01/02/2026', '')), { maxLength: 6 }),
        {
          maxLength: 8,
        },
      )
      .chain((rows) => fc.constantFrom(',', ';', '\t').map((sep) => rows.map((r) => r.join(sep)).join('\n')))
      .map((text) => new TextEncoder().encode(text));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 3000 }), csvLike), async (bytes) => {
        const result = await app.dispatch('roster:preview', { fileName: 'x.csv', bytes });
        if (!result.ok) {
          expect(result.error.code).toBe('invalid_input');
          expect(result.error.message).toMatch(/Nothing was changed\.$|file/);
        } else {
          const value = result.value as { totalRows: number; rows: unknown[] };
          expect(value.rows.length).toBeLessThanOrEqual(value.totalRows);
        }
      }),
      { numRuns: 300 },
    );
    expect(await recordsState(dataDir)).toEqual(before);
  });
});
