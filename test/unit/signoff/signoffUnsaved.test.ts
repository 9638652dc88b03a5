import { describe, expect, it } from 'vitest';
import { signoffUnsaved } from '../../../src/shared/signoff/signoffUnsaved';

describe('what leaving the group sign-off would lose', () => {
  it('trainees ticked but not yet signed off', () => {
    expect(signoffUnsaved({ chosenTrainees: 3, note: '', lastSavedNote: '' })).toBe(true);
  });

  it('a note typed since the last sign-off', () => {
    expect(signoffUnsaved({ chosenTrainees: 0, note: 'Toolbox talk, press brake', lastSavedNote: '' })).toBe(true);
  });

  it('nothing once the group is signed off and the note kept for the next group was the one saved', () => {
    const note = 'Toolbox talk, press brake';
    expect(signoffUnsaved({ chosenTrainees: 0, note, lastSavedNote: note })).toBe(false);
    expect(signoffUnsaved({ chosenTrainees: 0, note: '  ', lastSavedNote: '' })).toBe(false);
  });
});
