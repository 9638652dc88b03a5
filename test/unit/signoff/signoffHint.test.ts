import { describe, expect, it } from 'vitest';
import { signoffHint } from '../../../src/shared/signoff/signoffMessages';

describe('the line beside Sign off', () => {
  it('says what will be signed off', () => {
    expect(signoffHint(1, 7)).toBe('Signs off 1 statement for 7 trainees.');
  });

  it('after a sign-off, with the statements kept, asks only for the next group’s trainees', () => {
    expect(signoffHint(2, 0)).toBe('Choose the trainees who demonstrated it.');
  });

  it('asks for what is missing otherwise', () => {
    expect(signoffHint(0, 3)).toBe('Choose the statements that were shown.');
    expect(signoffHint(0, 0)).toBe('Choose statements and trainees first.');
  });
});
