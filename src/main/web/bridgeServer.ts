import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { ApiResult } from '../../shared/api/errors';
import type { Dispatch } from '../api/dispatch';
import { jsonShapeProblem } from '../../shared/json/jsonShape';
import { decodeRequest, encodeAnswer, WireError } from '../../shared/api/wire';
import {
  CONTENT_SECURITY_POLICY,
  hostIsAllowed,
  isToken,
  originIsAllowed,
  sessionCookie,
  sessionIdOf,
  tokenIsValid,
} from './bridgeSecurity';
import { createBrowserSessions, sessionRefusal, type SessionLimits } from './browserSessions';

/** Large enough for the biggest file anyone might try to import, so the user gets our message, not a reset. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;
const API_PREFIX = '/api/';

export interface BridgeOptions {
  dispatch: Dispatch;
  rendererDir: string;
  port?: number;
  token?: string;
  /** Where unexpected failures are told (the console); tests listen here. */
  log?: (error: unknown) => void;
  /** The session cookie's idle timeout and lifetime, and the clock they are measured by (tests set these). */
  sessionLimits?: SessionLimits;
}

export interface Bridge {
  server: Server;
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
}

/** Every answer carries these, the refusals included. */
const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
} as const;

/** Sends an answer; `name` is the call's, whose contract says where the answer carries files. */
function send(res: ServerResponse, status: number, body: ApiResult<unknown>, name = ''): void {
  const text = JSON.stringify(encodeAnswer(name, body));
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(text);
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(text);
}

function refuse(res: ServerResponse, status: number, message: string): void {
  send(res, status, { ok: false, error: { code: 'invalid_input', message, fields: [] } });
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The body as text, or null when it is too big; throws a WireError when it is not UTF-8. */
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
    req.on('end', () => {
      try {
        resolve(strictUtf8.decode(Buffer.concat(chunks)));
      } catch {
        reject(new WireError('The request is not UTF-8 text.'));
      }
    });
    req.on('error', reject);
  });
}

function callNameOf(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
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
  log = console.error,
  sessionLimits = {},
}: BridgeOptions): Promise<Bridge> {
  const statics = sirv(rendererDir, {
    dev: false,
    etag: true,
    setHeaders: (res, pathname) => {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
      // The page is opened with the per-run token in its address: no copy of it is kept.
      if (pathname === '/' || pathname.endsWith('.html')) res.setHeader('cache-control', 'no-store');
    },
  });
  let boundPort = port;
  // Sessions started this run by opening the printed address; forgotten when Trainplan stops.
  const sessions = createBrowserSessions(sessionLimits);

  const server = createServer((req, res) => {
    try {
      route(req, res);
    } catch (error) {
      answerFailure(res, error);
    }
  });

  function route(req: IncomingMessage, res: ServerResponse): void {
    if (!hostIsAllowed(req, boundPort)) return plain(res, 403, 'Forbidden: unknown host');
    if (!originIsAllowed(req, boundPort)) return plain(res, 403, 'Forbidden: foreign origin');
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (!path.startsWith(API_PREFIX)) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method not allowed');
      // sirv decodes the path itself; a malformed one is simply not found.
      if (callNameOf(path) === null) return plain(res, 404, 'Not found');
      const query = new URLSearchParams((req.url ?? '').split('?')[1] ?? '');
      if (isToken(query.get('token'), token)) {
        res.setHeader('set-cookie', sessionCookie(boundPort, sessions.start(), sessions.maxAgeSeconds));
      }
      statics(req, res, () => plain(res, 404, 'Not found'));
      return;
    }
    handleApi(req, res, path.slice(API_PREFIX.length)).catch((error: unknown) => answerFailure(res, error));
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, encodedName: string): Promise<void> {
    // The token (the first tab, which keeps it for itself) or a live session; an ended one says why.
    if (!tokenIsValid(req, token)) {
      const session = sessions.use(sessionIdOf(req, boundPort));
      if (session !== 'ok') return refuse(res, 401, sessionRefusal(session, sessionLimits));
    }
    if (req.method !== 'POST') return refuse(res, 405, 'Use POST.');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415, 'Send JSON.');
    const name = callNameOf(encodedName);
    if (name === null) {
      return send(res, 404, {
        ok: false,
        error: { code: 'unknown_call', message: 'Trainplan does not know that action.', fields: [] },
      });
    }
    let body: string | null;
    try {
      body = await readBody(req);
    } catch (error) {
      return refuse(res, 400, error instanceof WireError ? error.message : 'The request could not be read.');
    }
    if (body === null) return refuse(res, 413, 'That is too much data to send in one go.');
    let input: unknown;
    try {
      input = body === '' ? undefined : (JSON.parse(body) as unknown);
    } catch {
      return refuse(res, 400, 'The request was not valid JSON.');
    }
    // Before anything walks it: a request nested thousands deep must not overflow a stack.
    const problem = jsonShapeProblem(input);
    if (problem) return refuse(res, 400, `The request ${problem}.`);
    try {
      input = decodeRequest(name, input);
    } catch (error) {
      return refuse(res, 400, error instanceof WireError ? error.message : 'The request could not be read.');
    }
    send(res, 200, await dispatch(name, input), name);
  }

  /** No request may end the process: whatever goes wrong is logged and answered. */
  function answerFailure(res: ServerResponse, error: unknown): void {
    log(error);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    send(res, 500, {
      ok: false,
      error: {
        code: 'internal',
        message:
          'Something went wrong inside Trainplan and the action was not completed. Your saved records are unchanged.',
        fields: [],
      },
    });
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
