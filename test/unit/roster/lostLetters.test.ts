import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { losesLetters } from '../../../src/shared/roster/lostLetters';

/** What Excel does when it saves a name in Windows-1252: every letter the code page lacks becomes "?". */
const asExcel1252 = (name: string) => name.replace(/[^ -\u00ff]/gu, '?');

const POLISH = 'ąćęłńóśźżĄĆĘŁŃÓŚŹŻ';
const polishName = fc
  .array(fc.constantFrom(...Array.from(`${POLISH}abcdefghijklmnoprstuwyz `)), { minLength: 1, maxLength: 30 })
  .map((letters) => letters.join(''))
  .filter((name) => /[ąćęłńśźżĄĆĘŁŃŚŹŻ]/u.test(name));

describe('letters lost by the file', () => {
  it('sees the names Excel wrote with "?" as lost letters', () => {
    expect(losesLetters('Łukasz Kowalczyk', '?ukasz Kowalczyk')).toBe(true);
    expect(losesLetters('Paweł Nowak', 'Pawe? Nowak')).toBe(true);
    expect(losesLetters('Bartłomiej Dąbrowski', 'Bart?omiej D?browski')).toBe(true);
    expect(losesLetters('Łukasz', '\uFFFDukasz')).toBe(true);
  });

  it('sees dropped letters and dropped accents as lost letters', () => {
    expect(losesLetters('Paweł Nowak', 'Pawe Nowak')).toBe(true);
    expect(losesLetters('Łukasz Kowalczyk', 'Lukasz Kowalczyk')).toBe(true);
    expect(losesLetters('Bartłomiej Dąbrowski', 'Bartomiej Dabrowski')).toBe(true);
  });

  it('lets real corrections through: another name, added accents, a change of case, the same text', () => {
    expect(losesLetters('Łukasz Kowalczyk', 'Łukasz Kowalski')).toBe(false);
    expect(losesLetters('Lukasz Kowalczyk', 'Łukasz Kowalczyk')).toBe(false);
    expect(losesLetters('Jose Nunez', 'José Núñez')).toBe(false);
    expect(losesLetters('anna berg', 'Anna Berg')).toBe(false);
    expect(losesLetters('Paweł Nowak', 'Paweł Nowak')).toBe(false);
    // Shortening a name in plain letters is a change HR makes on purpose, not a lost letter.
    expect(losesLetters('Anna Maria Berg', 'Anna Berg')).toBe(false);
    // A "?" where the record has a space or a digit is not a letter Excel could not write.
    expect(losesLetters('Line 2', 'Line?2')).toBe(false);
    expect(losesLetters('Line 2', 'Line ?')).toBe(false);
    // A "?" plus another changed letter is more than a lost letter.
    expect(losesLetters('Łukasz Kowalczyk', '?ukasz Kowalski')).toBe(false);
  });

  it('flags any Polish name as Excel saves it in Windows-1252, and never the name itself', () => {
    fc.assert(
      fc.property(polishName, (name) => {
        expect(losesLetters(name, asExcel1252(name))).toBe(true);
        expect(losesLetters(name, name)).toBe(false);
      }),
    );
  });

  it('never flags a file that writes more than the record holds', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ minLength: 1, maxLength: 5 }), (name, more) => {
        expect(losesLetters(name, asExcel1252(name) + more)).toBe(false);
      }),
    );
  });
});
