import { foldForSearch } from '../text/searchFold';

/** What a trainee search looks at: the name and the badge ID. */
export interface SearchableTrainee {
  readonly fullName: string;
  readonly employeeId: string | null;
}

/**
 * German spells ü, ö and ä as ue, oe and ae where the keyboard has no umlaut (ß as ss, which folding
 * already does), so a name with an umlaut is also searched in that spelling: "mueller" and "muller"
 * both find "Müller". Only the name is spelled out, so "michal" does not find "Michael".
 */
function germanSpelling(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äöü]/gu, (umlaut) => `${umlaut.normalize('NFD').charAt(0)}e`);
}

function splitWords(text: string): string[] {
  // HR writes "Kowalczyk, Łukasz": the comma separates words as a space does.
  return foldForSearch(text)
    .split(/[\s,;]+/u)
    .filter((word) => word !== '');
}

// Folding every name on every keystroke costs more than the search itself at 10,000 trainees; a row
// is a snapshot (a change makes a new one), so its folded words can be kept beside it.
const foldedTrainees = new WeakMap<SearchableTrainee, readonly string[]>();

/** The words a typed word may be found in: the name's words, in both spellings, and the badge ID. */
function traineeWords(trainee: SearchableTrainee): readonly string[] {
  let words = foldedTrainees.get(trainee);
  if (words === undefined) {
    const german = germanSpelling(trainee.fullName);
    const spellings = german === trainee.fullName.normalize('NFC').toLowerCase() ? [] : splitWords(german);
    const badge = foldForSearch((trainee.employeeId ?? '').trim());
    words = [...splitWords(trainee.fullName), ...spellings, ...(badge === '' ? [] : [badge])];
    foldedTrainees.set(trainee, words);
  }
  return words;
}

/** A typed search, folded once so that it can be tried against every trainee. */
export interface TraineeSearch {
  readonly empty: boolean;
  matches(trainee: SearchableTrainee): boolean;
}

/**
 * The one search rule of every trainee search (the list, the pickers, the reports and the CLI):
 * letters folded ("lukasz" finds "Łukasz"), German ue/oe/ae/ss for ü/ö/ä/ß, and either name order —
 * each word typed must be found in some word of the name or in the badge ID.
 */
export function traineeSearch(typed: string): TraineeSearch {
  const typedWords = splitWords(typed);
  return {
    empty: typedWords.length === 0,
    matches(trainee) {
      const words = traineeWords(trainee);
      return typedWords.every((typedWord) => words.some((word) => word.includes(typedWord)));
    },
  };
}

export function matchesTraineeSearch(trainee: SearchableTrainee, typed: string): boolean {
  return traineeSearch(typed).matches(trainee);
}

/** The line shown instead of an empty table, quoting what was typed. */
export function noTraineeMatches(typed: string): string {
  return `No trainee matches ‘${typed.trim()}’`;
}
