import { request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTrainplan } from '../../../src/main/services';
import { startBridge, type Bridge } from '../../../src/main/web/bridgeServer';
import { SEEDS_DIR } from '../../fixtures/frameworkFiles';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();
let bridge: Bridge | undefined;
afterEach(async () => {
  await bridge?.close();
  bridge = undefined;
});

async function start(): Promise<Bridge> {
  const rendererDir = await tempDir();
  await mkdir(rendererDir, { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Trainplan</title>');
  const app = await openTrainplan({ dataDir: await tempDir(), seedsDir: SEEDS_DIR, mode: 'browser', version: 't' });
  bridge = await startBridge({ dispatch: app.dispatch, rendererDir });
  return bridge;
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so tests can send the Host and Origin headers an attacker would. */
function send(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function apiCall(b: Bridge, headers: Record<string, string> = {}): Promise<Reply> {
  return send(b.port, '/api/frameworks:list', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      host: `127.0.0.1:${b.port}`,
      'x-trainplan-token': b.token,
      ...headers,
    },
    body: '{}',
  });
}

describe('browser bridge', () => {
  it('listens on 127.0.0.1 only, with a long random token in the URL it prints', async () => {
    const b = await start();
    expect(b.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(b.token.length).toBeGreaterThanOrEqual(32);
    expect(b.url).toBe(`http://127.0.0.1:${b.port}/?token=${b.token}`);
  });

  it('serves the contract to a caller with the token', async () => {
    const reply = await apiCall(await start());
    expect(reply.status).toBe(200);
    const result = JSON.parse(reply.body) as { ok: boolean; value: unknown[] };
    expect(result.ok).toBe(true);
    expect(result.value).toHaveLength(3);
  });

  it('refuses a call without the token or with a wrong one', async () => {
    const b = await start();
    expect((await apiCall(b, { 'x-trainplan-token': '' })).status).toBe(401);
    expect((await apiCall(b, { 'x-trainplan-token': `${b.token.slice(1)}x` })).status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    const b = await start();
    const reply = await apiCall(b, { host: `evil.example:${b.port}` });
    expect(reply.status).toBe(403);
    expect((await send(b.port, '/', { headers: { host: 'evil.example' } })).status).toBe(403);
  });

  it('refuses a request from a foreign Origin', async () => {
    const b = await start();
    expect((await apiCall(b, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await apiCall(b, { origin: `http://127.0.0.1:${b.port}` })).status).toBe(200);
  });

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const b = await start();
    const reply = await send(b.port, '/', { headers: { host: `localhost:${b.port}` } });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>Trainplan</title>');
    expect(reply.headers['content-security-policy']).toContain("default-src 'self'");
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('answers bad JSON with a readable error, not a crash', async () => {
    const b = await start();
    const reply = await send(b.port, '/api/frameworks:list', {
      method: 'POST',
      headers: { 'content-type': 'application/json', host: `127.0.0.1:${b.port}`, 'x-trainplan-token': b.token },
      body: '{"oops"',
    });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { message: 'The request was not valid JSON.' } });
    expect((await apiCall(b)).status).toBe(200);
  });
});
