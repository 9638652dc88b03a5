import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeAnswer, decodeRequest, encodeAnswer, encodeForWire } from '../../../src/shared/api/wire';

const overJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

describe('files over the browser bridge', () => {
  it('a report’s bytes arrive as the same bytes, every value from 0 to 255 included', () => {
    const bytes = new Uint8Array(randomBytes(70_000));
    bytes.set([0, 255, 61, 43, 47], 0);
    const answer = { ok: true, value: { fileName: 'Ana.pdf', bytes } };
    const sent = overJson(encodeAnswer('reports:trainee-pdf', answer));
    expect(sent).toMatchObject({ value: { bytes: { $bytes: Buffer.from(bytes).toString('base64') } } });
    const received = decodeAnswer('reports:trainee-pdf', sent) as { value: { bytes: Uint8Array } };
    expect(received.value.bytes).toEqual(bytes);
  });

  it('a roster file sent by the browser is read as the bytes the trainer chose', () => {
    const bytes = new Uint8Array(randomBytes(20_001));
    const decoded = decodeRequest('roster:preview', overJson(encodeForWire({ fileName: 'hr.xlsx', bytes }))) as {
      bytes: Uint8Array;
    };
    expect(decoded.bytes).toEqual(bytes);
  });

  it('a file whose text is not base64 is refused in words', () => {
    expect(() => decodeRequest('roster:preview', { fileName: 'x', bytes: { $bytes: 'ab!d' } })).toThrow(
      'A file sent with the request is damaged.',
    );
  });

  it('an answer without files (a list of 20,000 trainees) is sent as it is, not copied row by row', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ id: `t${String(i)}`, fullName: `Person ${String(i)}` }));
    const answer = { ok: true, value: rows };
    expect(encodeAnswer('trainees:list', answer)).toBe(answer);
  });

  it('text that looks like a file, where the contract has none, stays text', () => {
    const answer = { ok: true, value: [{ notes: { $bytes: 'AAAA' } }] };
    expect(decodeAnswer('trainees:list', overJson(encodeAnswer('trainees:list', answer)))).toEqual(answer);
  });
});
