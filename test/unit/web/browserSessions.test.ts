import { describe, expect, it } from 'vitest';
import { createBrowserSessions, sessionRefusal } from '../../../src/main/web/browserSessions';

const HOUR = 3_600_000;

function withClock(limits: { idleMs?: number; lifetimeMs?: number; max?: number } = {}) {
  const clock = { at: 0 };
  return { clock, sessions: createBrowserSessions({ now: () => clock.at, ...limits }) };
}

describe('browser-mode sessions', () => {
  it('are renewed by use until idle for 12 hours', () => {
    const { clock, sessions } = withClock();
    const id = sessions.start();
    clock.at = 11 * HOUR;
    expect(sessions.use(id)).toBe('ok');
    clock.at = 22 * HOUR;
    expect(sessions.use(id)).toBe('ok');
    clock.at = 34 * HOUR;
    expect(sessions.use(id)).toBe('idle');
    // Once ended, it stays ended: going back in takes the printed address.
    clock.at = 35 * HOUR;
    expect(sessions.use(id)).toBe('unknown');
  });

  it('end after 7 days however often they are used', () => {
    const { clock, sessions } = withClock();
    const id = sessions.start();
    for (clock.at = HOUR; clock.at < 7 * 24 * HOUR; clock.at += 10 * HOUR) expect(sessions.use(id)).toBe('ok');
    clock.at = 7 * 24 * HOUR;
    expect(sessions.use(id)).toBe('expired');
  });

  it('refuse an id they never gave, or none, and keep at most the most recently used', () => {
    const { clock, sessions } = withClock({ max: 2 });
    expect(sessions.use(null)).toBe('unknown');
    expect(sessions.use('made-up')).toBe('unknown');
    const first = sessions.start();
    clock.at = 1;
    const second = sessions.start();
    clock.at = 2;
    expect(sessions.use(first)).toBe('ok');
    sessions.start();
    expect(sessions.size).toBe(2);
    expect(sessions.use(second)).toBe('unknown');
    expect(sessions.use(first)).toBe('ok');
  });

  it('give the browser a cookie lifetime of the absolute limit, and say in words why a page was refused', () => {
    expect(createBrowserSessions().maxAgeSeconds).toBe(7 * 24 * 3600);
    expect(sessionRefusal('idle')).toMatch(/^This page was not used for 12 hours/);
    expect(sessionRefusal('expired', { lifetimeMs: 24 * HOUR })).toMatch(/lasts at most 24 hours\./);
    for (const check of ['idle', 'expired', 'unknown'] as const)
      expect(sessionRefusal(check)).toContain('Open the address Trainplan printed when it started');
  });
});
