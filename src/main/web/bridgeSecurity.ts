import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-trainplan-token';

/** Only our own loopback names on our own port: anything else is DNS rebinding or a stray request. */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function hostIsAllowed(req: IncomingMessage, port: number): boolean {
  return allowedHosts(port).has((req.headers.host ?? '').toLowerCase());
}

/** Browsers send Origin on cross-site requests; ours must come from the page we served. */
export function originIsAllowed(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

export function tokenIsValid(req: IncomingMessage, token: string): boolean {
  const given = req.headers[TOKEN_HEADER];
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export { CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';

/**
 * The browser mode's session: the printed address carries the per-run token once; the page served for it
 * sets a cookie holding a separate random id (never the token), so a second tab or a bookmark without
 * ?token still works. HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it),
 * Path=/ and no Domain (this host only), Max-Age the session's absolute lifetime; the port is in its name,
 * since cookies do not tell ports apart. The idle timeout and the lifetime are kept by the bridge itself
 * (browserSessions.ts), which is what counts: a browser may keep a cookie longer (OWASP Session Management).
 */
export function sessionCookieName(port: number): string {
  return `trainplan-session-${String(port)}`;
}

export function sessionCookie(port: number, sessionId: string, maxAgeSeconds: number): string {
  return `${sessionCookieName(port)}=${sessionId}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${String(maxAgeSeconds)}`;
}

/** The session id the request's cookie carries for this port, if any. */
export function sessionIdOf(req: IncomingMessage, port: number): string | null {
  const name = sessionCookieName(port);
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

/** Whether `given` is the token, compared in constant time. */
export function isToken(given: string | null, token: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
