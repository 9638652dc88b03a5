import { ApiError } from '../../../shared/api/errors';
import { LEVEL_KEYS, LEVEL_LABELS, type LevelKey } from '../../../shared/framework/levels';
import type { TopGroup } from '../../../shared/framework/sources/sourcePreview';
import type { SourceStatement } from './buildFrameworkFile';
import type { TreeNode } from './sourceTree';

export interface TreeLevels {
  levels: Record<LevelKey, SourceStatement[]>;
  topGroups: TopGroup[];
}

/** A group named like a level ("Level 2", "Proficient") says nothing about what its statements are about. */
const LEVEL_NAME = /^(level\b|emerging\b|developing\b|proficient\b|advanced\b|[1-4]\b)/i;

/** The statements under a group: its leaves in order, each with the title of the item above it as topic. */
function leavesOf(group: TreeNode): SourceStatement[] {
  const topicFromGroup = !LEVEL_NAME.test(group.item.title.trim());
  if (group.children.length === 0) return [{ topic: null, performance: group.item.title }];
  const statements: SourceStatement[] = [];
  const stack: { node: TreeNode; parent: TreeNode }[] = [...group.children]
    .reverse()
    .map((node) => ({ node, parent: group }));
  while (stack.length > 0) {
    const entry = stack.pop();
    if (!entry) break;
    const { node, parent } = entry;
    if (node.children.length === 0) {
      const topic = parent === group ? (topicFromGroup ? group.item.title : null) : parent.item.title;
      statements.push({ topic, performance: node.item.title });
    } else {
      for (let i = node.children.length - 1; i >= 0; i -= 1) {
        const child = node.children[i];
        if (child) stack.push({ node: child, parent: node });
      }
    }
  }
  return statements;
}

/** Group `index` of `count` goes to this level (0 = Emerging): in order up to four, else shared out. */
function levelIndexOf(index: number, count: number): number {
  return count <= LEVEL_KEYS.length ? index : Math.floor((index * LEVEL_KEYS.length) / count);
}

function groupsNote(count: number): string {
  if (count === LEVEL_KEYS.length) return 'The four groups at the top of the tree became the four levels, in order.';
  if (count < LEVEL_KEYS.length) {
    const used = LEVEL_KEYS.slice(0, count).map((key) => LEVEL_LABELS[key]);
    return `The ${count === 1 ? 'group' : `${String(count)} groups`} at the top of the tree became level ${used.join(', ')}, in order; the framework has no higher levels. You can choose each group's level.`;
  }
  return `The ${String(count)} groups at the top of the tree were shared out over the four levels in order; you can choose each group's level.`;
}

/**
 * Levels from the top of a tree. A single group at the top is looked through. Up to four groups become
 * the levels in order, lowest first (two groups make a framework of Emerging and Developing); more are
 * spread over the four by position, and the trainer can choose each group's level in the preview
 * (`chosen`, one level per group).
 */
export function treeLevels(
  roots: readonly TreeNode[],
  chosen: readonly LevelKey[] | undefined,
  notes: string[],
): TreeLevels {
  let tier: readonly TreeNode[] = roots;
  while (tier.length === 1 && (tier[0]?.children.length ?? 0) > 0) {
    notes.push(`Everything sits under one group, “${tier[0]?.item.title ?? ''}”; the groups inside it were used.`);
    tier = tier[0]?.children ?? [];
  }
  if (tier.length === 0) {
    throw new ApiError('invalid_framework', 'The file holds no competencies or statements. Nothing was imported.', []);
  }
  if (!chosen) notes.push(groupsNote(tier.length));
  const levels: Record<LevelKey, SourceStatement[]> = { emerging: [], developing: [], proficient: [], advanced: [] };
  const topGroups: TopGroup[] = tier.map((group, index) => {
    const byPosition = LEVEL_KEYS[levelIndexOf(index, tier.length)] ?? 'advanced';
    const level = chosen?.[index] ?? byPosition;
    const statements = leavesOf(group);
    levels[level].push(...statements);
    return { title: group.item.title, level, statementCount: statements.length };
  });
  if (chosen && chosen.length !== tier.length) {
    notes.push(
      `Levels were chosen for ${chosen.length} groups, but the file has ${tier.length}; the rest go by position.`,
    );
  }
  return { levels, topGroups };
}
