import type { CallName } from './callNames';

/**
 * JSON cannot carry bytes (report PDFs), so over HTTP a Uint8Array travels as { $bytes: base64 }.
 * IPC uses structured clone and needs none of this. Decoding happens only where the contract puts
 * bytes, so a file's contents that happen to look like { $bytes: … } are never turned into bytes.
 */
const BYTES_KEY = '$bytes';

/** Where, in each call's input and in its answer ({ ok, value }), the contract carries bytes; '*' is every array item. */
type BytesPath = readonly string[];
const BYTES_IN_INPUT: Partial<Record<CallName, BytesPath>> = {
  'reports:combine': ['files', '*'],
  // Roster import
  'roster:preview': ['bytes'],
  'roster:import': ['bytes'],
  // Framework import from other formats
  'frameworks:preview': ['bytes'],
  'frameworks:import-source': ['bytes'],
};
const BYTES_IN_ANSWER: Partial<Record<CallName, BytesPath>> = {
  'reports:trainee-pdf': ['value', 'bytes'],
  'reports:cohort-pdf': ['value', 'bytes'],
  'reports:combine': ['value', 'bytes'],
  'reports:dashboard-pdf': ['value', 'bytes'],
  'exports:matrix': ['value', 'bytes'],
  'exports:trainees': ['value', 'bytes'],
  // Framework import from other formats
  'frameworks:template': ['value', 'bytes'],
  // Own frameworks: editor and export
  'frameworks:export': ['value', 'bytes'],
};

export class WireError extends Error {}

/**
 * Node's Buffer where there is one (the bridge server): its base64 is native, while Node's btoa turns a
 * 600 KB file into text in a fifth of a second on the thread that answers calls. Browsers have no Buffer
 * and a native btoa.
 */
interface NodeBuffer {
  from(bytes: Uint8Array): { toString(encoding: 'base64'): string };
  from(text: string, encoding: 'base64'): Uint8Array;
}
const nodeBuffer = (globalThis as { Buffer?: NodeBuffer }).Buffer;

function toBase64(bytes: Uint8Array): string {
  if (nodeBuffer) return nodeBuffer.from(bytes).toString('base64');
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function fromBase64(text: string): Uint8Array {
  if (text.length % 4 !== 0 || !BASE64.test(text)) throw new WireError('A file sent with the request is damaged.');
  if (nodeBuffer) return new Uint8Array(nodeBuffer.from(text, 'base64'));
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Bytes anywhere in an answer or a request become { $bytes }; only our own values are encoded. */
export function encodeForWire(value: unknown): unknown {
  if (value instanceof Uint8Array) return { [BYTES_KEY]: toBase64(value) };
  if (Array.isArray(value)) return value.map(encodeForWire);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeForWire(v)]));
  }
  return value;
}

function isOwnRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Turns { $bytes } back into bytes at `path` only, in place; anything else there is left for validation. */
function decodeAt(value: unknown, path: BytesPath): unknown {
  const [step, ...rest] = path;
  if (step === undefined) {
    if (!isOwnRecord(value)) return value;
    const bytes = Object.hasOwn(value, BYTES_KEY) ? value[BYTES_KEY] : undefined;
    return typeof bytes === 'string' && Object.keys(value).length === 1 ? fromBase64(bytes) : value;
  }
  if (step === '*') return Array.isArray(value) ? value.map((item: unknown) => decodeAt(item, rest)) : value;
  if (!isOwnRecord(value) || !Object.hasOwn(value, step)) return value;
  return { ...value, [step]: decodeAt(value[step], rest) };
}

/** A request's input as the contract expects it: bytes only where the call takes a file. Throws a WireError. */
export function decodeRequest(name: string, input: unknown): unknown {
  const path = Object.hasOwn(BYTES_IN_INPUT, name) ? BYTES_IN_INPUT[name as CallName] : undefined;
  return path ? decodeAt(input, path) : input;
}

/** Bytes at `path` only become { $bytes }: the rest of the value is sent as it is, not copied item by item. */
function encodeAt(value: unknown, path: BytesPath): unknown {
  const [step, ...rest] = path;
  if (step === undefined) return value instanceof Uint8Array ? { [BYTES_KEY]: toBase64(value) } : value;
  if (step === '*') return Array.isArray(value) ? value.map((item: unknown) => encodeAt(item, rest)) : value;
  if (!isOwnRecord(value) || !Object.hasOwn(value, step)) return value;
  return { ...value, [step]: encodeAt(value[step], rest) };
}

/**
 * An answer ready for JSON: bytes where the contract returns a file. A list of 20,000 trainees is not
 * walked and copied on the way (that took a tenth of a second on the thread that answers calls).
 */
export function encodeAnswer(name: string, answer: unknown): unknown {
  const path = Object.hasOwn(BYTES_IN_ANSWER, name) ? BYTES_IN_ANSWER[name as CallName] : undefined;
  return path ? encodeAt(answer, path) : answer;
}

/** An answer as the contract promises it: bytes only where the call returns a file. Throws a WireError. */
export function decodeAnswer(name: string, answer: unknown): unknown {
  const path = Object.hasOwn(BYTES_IN_ANSWER, name) ? BYTES_IN_ANSWER[name as CallName] : undefined;
  return path ? decodeAt(answer, path) : answer;
}
