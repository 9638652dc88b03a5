import { randomBytes } from 'node:crypto';

/**
 * How long a browser-mode session lasts, after OWASP's Session Management Cheat Sheet: an idle timeout
 * renewed by every call, and an absolute lifetime no use extends. Trainplan in a browser is one trainer
 * on her own computer, so a working day (and a night) of idleness and a week in all: long enough not to
 * ask for the printed address again each morning, short enough that a forgotten tab does not stay open.
 */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
export const SESSION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
/** Each opening of the printed address starts one; past this many, the least recently used goes. */
export const MAX_SESSIONS = 100;

export type SessionCheck = 'ok' | 'idle' | 'expired' | 'unknown';

interface Session {
  startedAt: number;
  usedAt: number;
}

export interface SessionLimits {
  now?: () => number;
  idleMs?: number;
  lifetimeMs?: number;
  max?: number;
}

/** Sessions of this run of Trainplan, in memory only: a restart forgets them all, as it changes the token. */
export function createBrowserSessions({
  now = Date.now,
  idleMs = SESSION_IDLE_MS,
  lifetimeMs = SESSION_LIFETIME_MS,
  max = MAX_SESSIONS,
}: SessionLimits = {}) {
  // A Map keeps insertion order; a used session is moved to the end, so the first is the least recent.
  const sessions = new Map<string, Session>();

  function why(session: Session, at: number): SessionCheck {
    if (at - session.startedAt >= lifetimeMs) return 'expired';
    if (at - session.usedAt >= idleMs) return 'idle';
    return 'ok';
  }

  return {
    /** A new session's id: 32 random bytes, never the token. */
    start(): string {
      const id = randomBytes(32).toString('base64url');
      const at = now();
      sessions.set(id, { startedAt: at, usedAt: at });
      for (const oldest of sessions.keys()) {
        if (sessions.size <= max) break;
        sessions.delete(oldest);
      }
      return id;
    },

    /** Whether `id` may call now; a good one is renewed, an ended one forgotten (it never comes back). */
    use(id: string | null): SessionCheck {
      const session = id === null ? undefined : sessions.get(id);
      if (id === null || !session) return 'unknown';
      const at = now();
      const check = why(session, at);
      sessions.delete(id);
      if (check === 'ok') sessions.set(id, { ...session, usedAt: at });
      return check;
    },

    /** Seconds the browser keeps the cookie: the absolute lifetime, which no use extends. */
    maxAgeSeconds: Math.floor(lifetimeMs / 1000),
    get size(): number {
      return sessions.size;
    },
  };
}

export type BrowserSessions = ReturnType<typeof createBrowserSessions>;

const GET_BACK = 'Open the address Trainplan printed when it started (npm start or npm run web, with “?token=” in it).';

function span(ms: number): string {
  const hours = Math.round(ms / 3_600_000);
  if (hours % 24 === 0 && hours >= 48) return `${String(hours / 24)} days`;
  return hours === 1 ? '1 hour' : `${String(hours)} hours`;
}

/** What a page whose session cannot call is told, in words, with the limits this bridge keeps. */
export function sessionRefusal(
  check: Exclude<SessionCheck, 'ok'>,
  { idleMs = SESSION_IDLE_MS, lifetimeMs = SESSION_LIFETIME_MS }: SessionLimits = {},
): string {
  switch (check) {
    case 'idle':
      return `This page was not used for ${span(idleMs)}, so its session with Trainplan has ended. ${GET_BACK}`;
    case 'expired':
      return `This page’s session with Trainplan has ended: a session lasts at most ${span(lifetimeMs)}. ${GET_BACK}`;
    case 'unknown':
      return `This page is not connected to Trainplan. ${GET_BACK}`;
  }
}
