import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../../src/shared/dates';

describe('dates as the computer’s locale writes them', () => {
  it('writes a calendar date the US way and the German way', () => {
    expect(formatDate('2026-03-12', 'en-US')).toBe('Mar 12, 2026');
    expect(formatDate('2026-03-12', 'de-DE')).toBe('12.03.2026');
    expect(formatDate('2026-03-12', 'en-GB')).toBe('12 Mar 2026');
  });

  it('follows the environment’s locale when none is given', () => {
    const locale = new Intl.DateTimeFormat().resolvedOptions().locale;
    expect(formatDate('2026-03-12')).toBe(formatDate('2026-03-12', locale));
  });

  it('never moves a date to the day before or after, whatever the time zone', () => {
    expect(formatDate('2026-01-01', 'en-US')).toBe('Jan 1, 2026');
    expect(formatDate('2026-12-31', 'de-DE')).toBe('31.12.2026');
  });

  it('writes "—" for no date', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDate(undefined)).toBe('—');
  });

  it('writes a moment with its time in the same date format', () => {
    const at = new Date(2026, 2, 12, 14, 5).toISOString();
    expect(formatDateTime(at, 'de-DE')).toBe('12.03.2026, 14:05');
    expect(formatDateTime(at, 'en-US')).toMatch(/^Mar 12, 2026, 2:05\sPM$/);
  });
});
