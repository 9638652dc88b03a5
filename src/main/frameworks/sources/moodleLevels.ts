import { ApiError } from '../../../shared/api/errors';
import { LEVEL_KEYS, type LevelKey } from '../../../shared/framework/levels';
import type { TopGroup } from '../../../shared/framework/sources/sourcePreview';
import { plural } from '../../../shared/text/plural';
import type { SourceStatement } from './buildFrameworkFile';
import { buildTree, type TreeItem, type TreeNode } from './sourceTree';

/** A Moodle competency row as the level reader needs it. */
export interface MoodleItem extends TreeItem {
  /** The id numbers in "Cross referenced competency id numbers". */
  crossReferences: string[];
}

/** A branch or competency named as a level: "Levels", "Level 1", "level-2", "Stufe 3" stays a competency. */
const LEVELISH = /^levels?\b|^level[\s_-]*\d/i;

const isLevelish = (item: TreeItem) => LEVELISH.test(item.title.trim()) || LEVELISH.test(item.id.trim());

export interface MoodleLevels {
  levels: Partial<Record<LevelKey, SourceStatement[]>>;
  labels: Partial<Record<LevelKey, string>>;
  topGroups: TopGroup[];
}

/**
 * The branch that holds the levels, as Moodle's own example lays it out: a top competency ("Levels") whose
 * children are levels ("Level 1" …) that the behavioural indicators cross-reference (either way round:
 * Moodle lists the link on both rows). Null when the file has no such branch: levels then come from the tree.
 */
function levelBranch(roots: readonly TreeNode[], linked: (id: string) => boolean): TreeNode | null {
  return (
    roots.find(
      (root) =>
        root.children.length > 0 &&
        root.children.every((child) => child.children.length === 0) &&
        (isLevelish(root.item) || root.children.every((child) => isLevelish(child.item))) &&
        root.children.some((child) => linked(child.item.id)),
    ) ?? null
  );
}

/** The leaves under the nodes in order, each with the title of the competency it sits under. */
function indicators(roots: readonly TreeNode[]): { item: MoodleItem; topic: string | null }[] {
  const found: { item: MoodleItem; topic: string | null }[] = [];
  const stack: { node: TreeNode; parent: TreeNode | null }[] = [...roots]
    .reverse()
    .map((node) => ({ node, parent: null }));
  while (stack.length > 0) {
    const entry = stack.pop();
    if (!entry) break;
    const { node, parent } = entry;
    if (node.children.length === 0) found.push({ item: node.item as MoodleItem, topic: parent?.item.title ?? null });
    else
      for (let i = node.children.length - 1; i >= 0; i -= 1) {
        const child = node.children[i];
        if (child) stack.push({ node: child, parent: node });
      }
  }
  return found;
}

/** Moodle level `index` of `count` (lowest first) goes to this Trainplan level: in order up to four, else shared out. */
function byPosition(index: number, count: number): LevelKey {
  const at = count <= LEVEL_KEYS.length ? index : Math.floor((index * LEVEL_KEYS.length) / count);
  return LEVEL_KEYS[at] ?? 'advanced';
}

/**
 * Levels from a "Levels" branch and the cross-references to it: each indicator goes to the level it names,
 * with its competency as the topic. Only the levels that indicators use count, lowest first; up to four map
 * onto Trainplan's levels in order, more are shared out and the trainer chooses in the preview (`chosen`).
 * Null when the file has no levels branch.
 */
export function moodleLevels(
  items: readonly MoodleItem[],
  chosen: readonly LevelKey[] | undefined,
  leftOut: string[],
  notes: string[],
): MoodleLevels | null {
  const links = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    const set = links.get(a) ?? new Set<string>();
    set.add(b);
    links.set(a, set);
  };
  const ids = new Set(items.map((item) => item.id));
  for (const item of items)
    for (const other of item.crossReferences)
      if (ids.has(other)) {
        link(item.id, other);
        link(other, item.id);
      }
  const roots = buildTree(items);
  const branch = levelBranch(roots, (id) => links.has(id));
  if (!branch) return null;
  const rest = roots.filter((root) => root !== branch);
  const all = indicators(rest);
  const used = branch.children.filter((level) => all.some(({ item }) => links.get(item.id)?.has(level.item.id)));
  if (used.length === 0) {
    throw new ApiError(
      'invalid_framework',
      `The levels in “${branch.item.title}” are named by no competency, so no statement has a level. Export the framework again from Moodle with its cross-references.`,
      [],
    );
  }
  const levels: Partial<Record<LevelKey, SourceStatement[]>> = {};
  const labels: Partial<Record<LevelKey, string>> = {};
  const topGroups: TopGroup[] = used.map((level, index) => {
    const key = chosen?.[index] ?? byPosition(index, used.length);
    const statements = all
      .filter(({ item }) => links.get(item.id)?.has(level.item.id))
      .map(({ item, topic }) => ({ topic, performance: item.title }));
    (levels[key] ??= []).push(...statements);
    // Two Moodle levels on one of ours: that level keeps Trainplan's name.
    labels[key] = labels[key] === undefined ? level.item.title : '';
    return { title: level.item.title, level: key, statementCount: statements.length };
  });
  const unused = branch.children.length - used.length;
  notes.push(
    `The levels come from “${branch.item.title}” and the cross-references to it: ${used.map((l) => `“${l.item.title}”`).join(', ')}${
      used.length > LEVEL_KEYS.length ? ' were shared out over the four levels; you can choose each one’s level.' : '.'
    }${unused > 0 ? ` ${plural(unused, 'level')} with no competency at it ${unused === 1 ? 'is' : 'are'} not part of the framework.` : ''}`,
  );
  const levelless = all.filter(({ item }) => !used.some((level) => links.get(item.id)?.has(level.item.id)));
  if (levelless.length > 0) {
    leftOut.push(
      `${plural(levelless.length, 'competency', 'competencies')} at no level (no cross-reference to “${branch.item.title}”): ${levelless
        .slice(0, 3)
        .map(({ item }) => `“${item.title}”`)
        .join(', ')}${levelless.length > 3 ? ' …' : ''}.`,
    );
  }
  return { levels, labels, topGroups };
}
