import type { Framework, Statement } from './framework';
import type { LevelKey } from './levels';

/**
 * How one statement fares between two versions of a framework:
 * same: the same wording (spaces and case aside), anywhere in the new version;
 * changed: no same wording, but the new version has other wording at the same level and position;
 * gone: only in the old version; new: only in the new version.
 */
export type StatementFate = 'same' | 'changed' | 'gone' | 'new';

export interface StatementMatch {
  fate: StatementFate;
  /** The level the statement is listed under: the old one's, or the new one's for a new statement. */
  level: LevelKey;
  oldId: string | null;
  oldText: string | null;
  newId: string | null;
  newText: string | null;
}

/** Wording compared as a reader sees it: runs of spaces and line breaks are one space, case does not count. */
export function sameWordingKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

const statementsOf = (framework: Framework): Statement[] => framework.levels.flatMap((l) => l.statements);

/**
 * Matches the old version's statements to the new one's. Each new statement is matched at most once.
 * Same wording is looked for first at the same level and position, then at the same level, then at
 * any level, each over all old statements before the next, so a statement that moved level does not
 * take the place of one that stayed.
 */
export function matchStatements(from: Framework, to: Framework): StatementMatch[] {
  const olds = statementsOf(from);
  const news = statementsOf(to);
  const pairs = new Map<Statement, Statement>();
  const taken = new Set<Statement>();
  const keys = new Map(news.map((n) => [n, sameWordingKey(n.text)]));
  const passes: ((o: Statement, n: Statement) => boolean)[] = [
    (o, n) => o.level === n.level && o.position === n.position,
    (o, n) => o.level === n.level,
    () => true,
  ];
  for (const fits of passes) {
    for (const old of olds) {
      if (pairs.has(old)) continue;
      const key = sameWordingKey(old.text);
      const match = news.find((n) => !taken.has(n) && keys.get(n) === key && fits(old, n));
      if (match) {
        pairs.set(old, match);
        taken.add(match);
      }
    }
  }
  const matches: StatementMatch[] = [];
  for (const old of olds) {
    const same = pairs.get(old);
    if (same) {
      matches.push({
        fate: 'same',
        level: old.level,
        oldId: old.id,
        oldText: old.text,
        newId: same.id,
        newText: same.text,
      });
      continue;
    }
    const atPlace = news.find((n) => n.level === old.level && n.position === old.position);
    if (atPlace && !taken.has(atPlace)) {
      taken.add(atPlace);
      matches.push({
        fate: 'changed',
        level: old.level,
        oldId: old.id,
        oldText: old.text,
        newId: atPlace.id,
        newText: atPlace.text,
      });
    } else {
      matches.push({ fate: 'gone', level: old.level, oldId: old.id, oldText: old.text, newId: null, newText: null });
    }
  }
  for (const added of news) {
    if (!taken.has(added)) {
      matches.push({
        fate: 'new',
        level: added.level,
        oldId: null,
        oldText: null,
        newId: added.id,
        newText: added.text,
      });
    }
  }
  return matches;
}

/** Why a check-off does not come along: its statement is gone, or its wording changed and was not accepted. */
export type DropReason = 'gone' | 'not_confirmed';

export interface CarriedEntry<T> {
  fromId: string;
  toId: string;
  /** Carried onto different wording (the user accepted it). */
  reworded: boolean;
  value: T;
}

export interface DroppedEntry<T> {
  fromId: string;
  reason: DropReason;
  value: T;
}

export interface CarryOver<T> {
  /** What the plan holds on the new version, by new statement id. */
  kept: Record<string, T>;
  carried: CarriedEntry<T>[];
  dropped: DroppedEntry<T>[];
}

/**
 * Where each entry of a plan's record (check-offs, or the undo memory of removed ones) lands on the
 * new version. Same wording carries; changed wording carries only when its old statement id is in
 * `confirmed`; everything else, including an id the old version does not have, is dropped.
 */
export function carryOver<T>(
  matches: readonly StatementMatch[],
  record: Readonly<Record<string, T>>,
  confirmed: ReadonlySet<string>,
): CarryOver<T> {
  const byOldId = new Map(matches.filter((m) => m.oldId !== null).map((m) => [m.oldId, m]));
  // A null-prototype object: statement ids come from stored data, and none may reach Object.prototype.
  const kept = Object.create(null) as Record<string, T>;
  const carried: CarriedEntry<T>[] = [];
  const dropped: DroppedEntry<T>[] = [];
  for (const [fromId, value] of Object.entries(record)) {
    const match = byOldId.get(fromId);
    const toId = match?.newId ?? null;
    if (!match || toId === null || match.fate === 'gone') {
      dropped.push({ fromId, reason: 'gone', value });
    } else if (match.fate === 'changed' && !confirmed.has(fromId)) {
      dropped.push({ fromId, reason: 'not_confirmed', value });
    } else {
      kept[toId] = value;
      carried.push({ fromId, toId, reworded: match.fate === 'changed', value });
    }
  }
  return { kept: { ...kept }, carried, dropped };
}
