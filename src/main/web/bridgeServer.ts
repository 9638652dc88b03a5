import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { ApiResult } from '../../shared/api/errors';
import type { Dispatch } from '../api/dispatch';
import { decodeFromWire, encodeForWire } from '../../shared/api/wire';
import { CONTENT_SECURITY_POLICY, hostIsAllowed, originIsAllowed, tokenIsValid } from './bridgeSecurity';

/** Large enough for the biggest file anyone might try to import, so the user gets our message, not a reset. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;
const API_PREFIX = '/api/';

export interface BridgeOptions {
  dispatch: Dispatch;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface Bridge {
  server: Server;
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: ApiResult<unknown>): void {
  const text = JSON.stringify(encodeForWire(body));
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

function refuse(res: ServerResponse, status: number, message: string): void {
  send(res, status, { ok: false, error: { code: 'invalid_input', message, fields: [] } });
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The browser bridge: the built renderer and the same API contract over HTTP, on 127.0.0.1 only,
 * behind a per-run token and Host/Origin checks. Used for end-to-end tests and where no Electron
 * binary can be had.
 */
export async function startBridge({
  dispatch,
  rendererDir,
  port = 0,
  token = randomBytes(24).toString('base64url'),
}: BridgeOptions): Promise<Bridge> {
  const statics = sirv(rendererDir, {
    dev: false,
    etag: true,
    setHeaders: (res) => {
      res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('referrer-policy', 'no-referrer');
    },
  });
  let boundPort = port;

  const server = createServer((req, res) => {
    if (!hostIsAllowed(req, boundPort)) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('Forbidden: unknown host');
      return;
    }
    if (!originIsAllowed(req, boundPort)) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('Forbidden: foreign origin');
      return;
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (!path.startsWith(API_PREFIX)) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405).end();
        return;
      }
      statics(req, res, () => {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      });
      return;
    }
    void handleApi(req, res, path.slice(API_PREFIX.length));
  });

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (!tokenIsValid(req, token))
      return refuse(
        res,
        401,
        'This page is not connected to Trainplan. Open the address Trainplan printed when it started.',
      );
    if (req.method !== 'POST') return refuse(res, 405, 'Use POST.');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415, 'Send JSON.');
    const body = await readBody(req).catch(() => null);
    if (body === null) return refuse(res, 413, 'That is too much data to send in one go.');
    let input: unknown;
    try {
      input = body === '' ? undefined : (JSON.parse(body) as unknown);
    } catch {
      return refuse(res, 400, 'The request was not valid JSON.');
    }
    send(res, 200, await dispatch(decodeURIComponent(name), decodeFromWire(input)));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  boundPort = (server.address() as AddressInfo).port;
  return {
    server,
    port: boundPort,
    token,
    url: `http://127.0.0.1:${boundPort}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
