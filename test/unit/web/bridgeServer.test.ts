import { request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTrainplan } from '../../../src/main/services';
import { startBridge, type Bridge } from '../../../src/main/web/bridgeServer';
import type { SessionLimits } from '../../../src/main/web/browserSessions';
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/security/contentSecurityPolicy';
import { SEEDS_DIR } from '../../fixtures/frameworkFiles';
import { closeAfterTest, useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();
let bridge: Bridge | undefined;
afterEach(async () => {
  await bridge?.close();
  bridge = undefined;
});

async function start(sessionLimits: SessionLimits = {}): Promise<Bridge> {
  const rendererDir = await tempDir();
  await mkdir(rendererDir, { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Trainplan</title>');
  const app = await openTrainplan({ dataDir: await tempDir(), seedsDir: SEEDS_DIR, mode: 'browser', version: 't' });
  closeAfterTest(app);
  bridge = await startBridge({ dispatch: app.dispatch, rendererDir, sessionLimits });
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

  describe('the session cookie (a second tab or a bookmark without ?token)', () => {
    /** Opens the printed address as a browser does, and returns the cookie it was given. */
    async function openPrinted(b: Bridge): Promise<string> {
      const page = await send(b.port, `/?token=${b.token}`, { headers: { host: `127.0.0.1:${b.port}` } });
      expect(page.status).toBe(200);
      const [cookie] = (page.headers['set-cookie'] as string[] | undefined) ?? [];
      return cookie ?? '';
    }

    it('is set by the printed address: HttpOnly, SameSite=Strict, Path=/, for this port, not the token itself', async () => {
      const b = await start();
      const cookie = await openPrinted(b);
      const [pair, ...attributes] = cookie.split('; ');
      // Max-Age: the absolute lifetime of a week; the bridge itself also ends a session idle for 12 hours.
      expect(attributes.sort()).toEqual(['HttpOnly', 'Max-Age=604800', 'Path=/', 'SameSite=Strict']);
      const [name, value] = (pair ?? '').split('=');
      expect(name).toBe(`trainplan-session-${String(b.port)}`);
      expect(value?.length).toBeGreaterThanOrEqual(40);
      expect(value).not.toContain(b.token);
      // A page opened without the token gets no session.
      const plainPage = await send(b.port, '/', { headers: { host: `127.0.0.1:${b.port}` } });
      expect(plainPage.headers['set-cookie']).toBeUndefined();
      const wrong = await send(b.port, `/?token=${b.token.slice(1)}x`, { headers: { host: `127.0.0.1:${b.port}` } });
      expect(wrong.headers['set-cookie']).toBeUndefined();
    });

    it('lets a call through with the right cookie and no token, and refuses a wrong or missing one', async () => {
      const b = await start();
      const pair = (await openPrinted(b)).split(';')[0] ?? '';
      expect((await apiCall(b, { 'x-trainplan-token': '', cookie: pair })).status).toBe(200);
      expect((await apiCall(b, { 'x-trainplan-token': '', cookie: `${pair.slice(0, -1)}x` })).status).toBe(401);
      expect((await apiCall(b, { 'x-trainplan-token': '' })).status).toBe(401);
      // A session of another port's Trainplan is not this one's.
      const otherPort = pair.replace(`trainplan-session-${String(b.port)}`, 'trainplan-session-1');
      expect((await apiCall(b, { 'x-trainplan-token': '', cookie: otherPort })).status).toBe(401);
    });

    it('refuses, saying in words how to get back in, a cookie left idle too long or past its lifetime', async () => {
      const clock = { at: Date.parse('2026-12-01T08:00:00Z') };
      const hour = 3_600_000;
      const b = await start({ now: () => clock.at });
      const refusal = async (cookie: string) => {
        const reply = await apiCall(b, { 'x-trainplan-token': '', cookie });
        return {
          status: reply.status,
          message: (JSON.parse(reply.body) as { error?: { message: string } }).error?.message,
        };
      };
      const idle = (await openPrinted(b)).split(';')[0] ?? '';
      const used = (await openPrinted(b)).split(';')[0] ?? '';
      // Used every 11 hours, a session lives on; left alone for 12, it ends.
      for (let i = 0; i < 3; i += 1) {
        clock.at += 11 * hour;
        if (i < 1) expect((await refusal(idle)).status).toBe(200);
        expect((await refusal(used)).status).toBe(200);
      }
      expect(await refusal(idle)).toEqual({
        status: 401,
        message:
          'This page was not used for 12 hours, so its session with Trainplan has ended. Open the address Trainplan printed when it started (npm start or npm run web, with “?token=” in it).',
      });
      // However much it is used, a session ends after 7 days.
      const weekEnds = Date.parse('2026-12-08T08:00:00Z');
      while (clock.at + 11 * hour < weekEnds) {
        clock.at += 11 * hour;
        expect((await refusal(used)).status).toBe(200);
      }
      clock.at = weekEnds;
      expect((await refusal(used)).message).toMatch(
        /^This page’s session with Trainplan has ended: a session lasts at most 7 days\. Open the address Trainplan printed/,
      );
      // The printed address (the token) still works, and opening it again starts a new session.
      expect((await apiCall(b)).status).toBe(200);
      expect((await refusal((await openPrinted(b)).split(';')[0] ?? '')).status).toBe(200);
      expect((await refusal('trainplan-session-1=x')).message).toMatch(
        /^This page is not connected to Trainplan\. Open the address/,
      );
    });
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

/** A call with the token, as the page makes it; the body is sent exactly as given. */
function post(b: Bridge, path: string, body: string | Buffer): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: b.port,
        path,
        method: 'POST',
        headers: { 'content-type': 'application/json', host: `127.0.0.1:${b.port}`, 'x-trainplan-token': b.token },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('requests that once ended the process with one call', () => {
  it.each([
    [
      'bytes that are not base64 where a file is expected',
      '/api/reports:combine',
      '{"fileName":"x.pdf","files":[{"$bytes":"!!!"}]}',
      400,
      'A file sent with the request is damaged.',
    ],
    [
      'a lone { $bytes } as the input of a call that takes none',
      '/api/frameworks:list',
      '{"$bytes":"!!!"}',
      200,
      'invalid_input',
    ],
    ['an array of { $bytes }', '/api/frameworks:list', '[{"$bytes":"a"}]', 200, 'invalid_input'],
    [
      'a body nested 3,000 deep (18 KB)',
      '/api/trainees:create',
      nested(3000),
      400,
      'The request is nested more than 64 levels deep',
    ],
    ['a call name that is not valid percent-encoding', '/api/%', '{}', 404, 'unknown_call'],
    ['a call name cut inside a UTF-8 sequence', '/api/%E0%A4%A', '{}', 404, 'unknown_call'],
    ['a call name that names a property of every object', '/api/constructor', '{}', 200, 'unknown_call'],
  ])('answers %s with a typed error and goes on', async (_what, path, body, status, says) => {
    const b = await start();
    const reply = await post(b, path, body);
    expect(reply.status).toBe(status);
    expect(reply.body).toContain(says);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false });
    expect((await apiCall(b)).status).toBe(200);
  });

  it('refuses a body that is not UTF-8 instead of reading it with replacement characters', async () => {
    const b = await start();
    const body = Buffer.concat([Buffer.from('{"fullName":"Fran'), Buffer.from([0xe7]), Buffer.from('ois"}')]);
    const reply = await post(b, '/api/trainees:create', body);
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { message: 'The request is not UTF-8 text.' } });
  });

  it('answers a malformed page address with Not found, not a crash', async () => {
    const b = await start();
    const reply = await send(b.port, '/%E0%A4%A', { headers: { host: `127.0.0.1:${b.port}` } });
    expect(reply.status).toBe(404);
    expect((await apiCall(b)).status).toBe(200);
  });

  it('logs an unexpected failure, answers it as internal, and keeps serving', async () => {
    const rendererDir = await tempDir();
    const logged: unknown[] = [];
    let calls = 0;
    bridge = await startBridge({
      dispatch: (name) => {
        calls += 1;
        if (calls === 1) throw new Error('boom');
        return Promise.resolve({ ok: true, value: name });
      },
      rendererDir,
      log: (error) => logged.push(error),
    });
    const first = await apiCall(bridge);
    expect(first.status).toBe(500);
    expect(JSON.parse(first.body)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logged).toEqual([new Error('boom')]);
    expect(JSON.parse((await apiCall(bridge)).body)).toEqual({ ok: true, value: 'frameworks:list' });
  });
});

describe('security headers on every answer', () => {
  it('sends the content security policy and nosniff with refusals, and never lets the page be cached', async () => {
    const b = await start();
    for (const reply of [
      await send(b.port, '/', { headers: { host: `evil.example:${b.port}` } }),
      await send(b.port, '/nothing-here.js', { headers: { host: `127.0.0.1:${b.port}` } }),
      await send(b.port, '/', { headers: { host: `127.0.0.1:${b.port}`, origin: 'http://evil.example' } }),
    ]) {
      expect([403, 404]).toContain(reply.status);
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
    }
    const page = await send(b.port, `/?token=${b.token}`, { headers: { host: `127.0.0.1:${b.port}` } });
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
  });
});
