import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../../src/shared/text/searchFold';
import { matchesFilter, NO_FILTER } from '../../../src/shared/trainees/traineeFilter';
import type { TraineeRow } from '../../../src/shared/trainees/traineeViews';

function row(fullName: string): TraineeRow {
  return {
    id: fullName,
    fullName,
    employeeId: null,
    team: '',
    site: '',
    trainer: '',
    archived: false,
    plans: [],
    nextTargetDate: null,
    lastActivity: '2026-11-01',
    lastEditedAt: '2026-11-01T00:00:00.000Z',
  };
}

const names = [
  'Łukasz Żółć',
  'Đặng Văn Minh',
  'Jørgen Ødegård',
  'Hans Straße',
  'Ægir Þórsson',
  'Œdipe Cœurdevache',
  'İlkay Işık',
  'Þóra Guðmundsdóttir',
  'Ħamrun Ŋuni',
  'José Núñez',
];

const found = (search: string) => names.filter((name) => matchesFilter(row(name), { ...NO_FILTER, search }));

describe('searching names typed without their special letters', () => {
  it.each([
    ['lukasz', 'Łukasz Żółć'],
    ['zolc', 'Łukasz Żółć'],
    ['dang', 'Đặng Văn Minh'],
    ['jorgen', 'Jørgen Ødegård'],
    ['odegard', 'Jørgen Ødegård'],
    ['strasse', 'Hans Straße'],
    ['aegir thorsson', 'Ægir Þórsson'],
    ['oedipe coeurdevache', 'Œdipe Cœurdevache'],
    ['ilkay isik', 'İlkay Işık'],
    ['thora gudmundsdottir', 'Þóra Guðmundsdóttir'],
    ['hamrun nguni', 'Ħamrun Ŋuni'],
    ['jose nunez', 'José Núñez'],
  ])('"%s" finds %s and no one else', (search, name) => {
    expect(found(search)).toEqual([name]);
  });

  it('finds a name typed with its own letters, in either case', () => {
    expect(found('ŁUKASZ')).toEqual(['Łukasz Żółć']);
    expect(found('STRASSE')).toEqual(['Hans Straße']);
    expect(found('Straße')).toEqual(['Hans Straße']);
    expect(found('İLKAY')).toEqual(['İlkay Işık']);
  });

  it('does not find a name by a letter it does not hold', () => {
    expect(found('lukasx')).toEqual([]);
    expect(found('strase')).toEqual([]);
  });

  // Every letter of Latin-1 and Latin Extended-A (the alphabets of Europe's Latin-script languages)
  // folds to plain a–z, so a trainer with an English keyboard can type any of those names.
  const europeanLetters = Array.from({ length: 0x17f - 0xc0 + 1 }, (_, i) => String.fromCodePoint(0xc0 + i)).filter(
    (c) => /\p{L}/u.test(c),
  );
  const europeanName = fc
    .array(fc.constantFrom(...europeanLetters, 'a', 'z', ' '), { minLength: 1, maxLength: 20 })
    .map((letters) => letters.join(''));

  it('folds every European Latin letter to plain letters, ignoring case', () => {
    fc.assert(
      fc.property(europeanName, (name) => {
        expect(foldForSearch(name)).toMatch(/^[a-z ]+$/);
        expect(foldForSearch(name.toUpperCase())).toBe(foldForSearch(name));
        // Folding what is already folded changes nothing: the typed search and the name meet.
        expect(foldForSearch(foldForSearch(name))).toBe(foldForSearch(name));
      }),
    );
  });
});
