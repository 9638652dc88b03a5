import { describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../src/shared/api/contract';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings/settings';
import { shouldAskTrainerName } from '../../../src/shared/settings/trainerNameQuestion';

const info: AppInfo = { version: '0.1.0', dataFolder: '/data', mode: 'browser', readOnlyBecause: null, recovery: null };
const fresh = { ...DEFAULT_SETTINGS, trainerName: '', trainerNameAsked: false };

describe('the first-start question for the trainer’s name', () => {
  it('is asked in a fresh data folder', () => {
    expect(shouldAskTrainerName(info, fresh, false)).toBe(true);
  });

  it('closed with ×, waits for the next start without being answered', () => {
    expect(shouldAskTrainerName(info, fresh, true)).toBe(false);
    // The next start begins with nothing put off, and the data folder still has no answer.
    expect(shouldAskTrainerName(info, fresh, false)).toBe(true);
  });

  it('is not asked again once answered with Later or a name', () => {
    expect(shouldAskTrainerName(info, { ...fresh, trainerNameAsked: true }, false)).toBe(false);
    expect(shouldAskTrainerName(info, { ...fresh, trainerName: 'Maria Keane' }, false)).toBe(false);
  });
});
