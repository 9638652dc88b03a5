import { compareVersions } from '../framework/versions';
import type { LevelKey } from '../framework/levels';
import { foldForSearch } from '../text/searchFold';

/** A roster cell as compared: folded as the search folds it, words kept apart by single spaces. */
function cellKey(text: string): string {
  return foldForSearch(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Target levels as HR or a trainer may write them: our words, their numbers (1–4), their first letters, and
 * the usual words in German, Polish, French and Spanish. Compared folded ("Anfänger" as "anfanger").
 */
const LEVEL_WORDS: Record<LevelKey, string[]> = {
  emerging: [
    'emerging',
    'e',
    '1',
    'level 1',
    'beginner',
    'anfanger',
    'einsteiger',
    'grundstufe',
    'poczatkujacy',
    'debutant',
    'debutante',
    'principiante',
    'inicial',
  ],
  developing: [
    'developing',
    'd',
    '2',
    'level 2',
    'in entwicklung',
    'entwickelnd',
    'aufbaustufe',
    'rozwijajacy',
    'en developpement',
    'en desarrollo',
  ],
  proficient: [
    'proficient',
    'p',
    '3',
    'level 3',
    'kompetent',
    'selbststandig',
    'biegly',
    'competent',
    'confirme',
    'competente',
  ],
  advanced: [
    'advanced',
    'a',
    '4',
    'level 4',
    'fortgeschritten',
    'experte',
    'zaawansowany',
    'avance',
    'expert',
    'avanzado',
    'experto',
  ],
};

const LEVEL_OF = new Map<string, LevelKey>(
  Object.entries(LEVEL_WORDS).flatMap(([level, words]) => words.map((w) => [w, level as LevelKey] as const)),
);

/** The level a cell names, or null when it names none. */
export function readTargetLevel(text: string): LevelKey | null {
  return LEVEL_OF.get(cellKey(text)) ?? null;
}

/** What a roster needs to know of a framework in the library to find it by the words of a cell. */
export interface FrameworkChoice {
  id: string;
  title: string;
  soc: string;
  /** The code shown to the trainer (their own or the SOC code), null for a made-up one. */
  code: string | null;
  version: string;
  /** The levels it has statements at, lowest first: the targets a row may give. */
  levels: readonly LevelKey[];
}

export type FrameworkMatch = { framework: FrameworkChoice } | { problem: string };

/**
 * Finds the framework a cell names by its title or its code, letters folded as the search folds them
 * ("Maschinen- und Anlagenfuhrer" finds "Maschinen- und Anlagenführer"). Of several versions, the newest;
 * a cell that names two different frameworks, or none, is a problem in words.
 */
export function frameworkMatcher(frameworks: readonly FrameworkChoice[]): (text: string) => FrameworkMatch {
  const byKey = new Map<string, FrameworkChoice[]>();
  const add = (key: string, framework: FrameworkChoice) => {
    if (key === '') return;
    const list = byKey.get(key) ?? [];
    if (!list.includes(framework)) list.push(framework);
    byKey.set(key, list);
  };
  for (const framework of frameworks) {
    add(cellKey(framework.title), framework);
    if (framework.code !== null) add(cellKey(framework.code), framework);
    // A SOC code is often written without its ".00" detail.
    if (framework.code === framework.soc) add(cellKey(framework.soc.replace(/\.00$/, '')), framework);
  }
  return (text) => {
    const found = byKey.get(cellKey(text)) ?? [];
    const kinds = new Set(found.map((f) => f.soc));
    if (found.length === 0) {
      return {
        problem: `No framework in the library is called “${text}” or has that code. Import it, or write its title as the Frameworks page shows it.`,
      };
    }
    if (kinds.size > 1) {
      const titles = found.map((f) => `${f.title}${f.code === null ? '' : ` (${f.code})`}`).join(', ');
      return { problem: `“${text}” could be any of ${titles}. Write the framework’s code instead.` };
    }
    const newest = [...found].sort((a, b) => compareVersions(b.version, a.version))[0];
    return newest ? { framework: newest } : { problem: `No framework is called “${text}”.` };
  };
}
