import { describe, expect, it } from 'vitest';
import { createUnsavedWork } from '../../../src/shared/navigation/unsavedWork';

describe('the window’s one record of typed, unsaved input', () => {
  it('asks while any form holds typed input, even when another on the same page is clean', () => {
    const work = createUnsavedWork();
    work.set('checklist-note', true);
    // A form mounted later (the trainee form's closed modal) with nothing typed must not hide the note.
    work.set('trainee-form', false);
    expect(work.any()).toBe(true);
  });

  it('lets the window go once every form has saved or been cleared', () => {
    const work = createUnsavedWork();
    work.set('a', true);
    work.set('b', true);
    work.set('a', false);
    expect(work.any()).toBe(true);
    work.set('b', false);
    expect(work.any()).toBe(false);
  });

  it('tells its listeners only when the answer may change', () => {
    const work = createUnsavedWork();
    let calls = 0;
    const stop = work.subscribe(() => (calls += 1));
    work.set('a', true);
    work.set('a', true);
    work.set('a', false);
    stop();
    work.set('a', true);
    expect(calls).toBe(2);
  });
});
