import { ApiError } from '../../../shared/api/errors';

/** More items than any real framework; a file with more is refused before it is walked. */
export const MAX_TREE_ITEMS = 20_000;
/** Real frameworks are a handful of tiers deep. */
export const MAX_TREE_DEPTH = 20;

export interface TreeItem {
  id: string;
  title: string;
  parentId: string | null;
  /** Sibling order: sequence number, then coding scheme, then list enumeration, then file order. */
  sequence?: number;
  code?: string;
  listEnumeration?: string;
  index: number;
}

export interface TreeNode {
  item: TreeItem;
  children: TreeNode[];
}

const natural = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compareSiblings(a: TreeNode, b: TreeNode): number {
  const x = a.item;
  const y = b.item;
  const seq = (x.sequence ?? Number.POSITIVE_INFINITY) - (y.sequence ?? Number.POSITIVE_INFINITY);
  if (seq !== 0 && !Number.isNaN(seq)) return seq;
  return (
    natural.compare(x.code ?? '', y.code ?? '') ||
    natural.compare(x.listEnumeration ?? '', y.listEnumeration ?? '') ||
    x.index - y.index
  );
}

function named(item: TreeItem): string {
  const title = item.title.length > 60 ? `${item.title.slice(0, 60)}…` : item.title;
  return `“${title || item.id}”`;
}

/**
 * The items as a tree. Refuses, with the item named, a parent that is not in the file, parents in a loop
 * and a tree deeper than any framework; walks with its own stack so no file can overflow it.
 */
export function buildTree(items: readonly TreeItem[]): TreeNode[] {
  if (items.length > MAX_TREE_ITEMS) {
    throw new ApiError(
      'invalid_framework',
      `The file has ${items.length.toLocaleString('en')} items; Trainplan reads frameworks of at most ${MAX_TREE_ITEMS.toLocaleString('en')}.`,
      [],
    );
  }
  const byId = new Map<string, TreeNode>();
  for (const item of items) byId.set(item.id, { item, children: [] });
  const depth = new Map<string, number>();
  for (const item of items) {
    // Follow the parents up until a known depth or the top; a repeat on the way is a loop.
    const path: string[] = [];
    const onPath = new Set<string>();
    let at: TreeItem = item;
    let base = 0;
    while (!depth.has(at.id)) {
      if (onPath.has(at.id)) {
        throw new ApiError(
          'invalid_framework',
          `The items are children of each other in a loop (${named(at)} is, in the end, its own parent). Nothing was imported.`,
          [],
        );
      }
      onPath.add(at.id);
      path.push(at.id);
      if (at.parentId === null) break;
      const parent = byId.get(at.parentId);
      if (!parent) {
        throw new ApiError(
          'invalid_framework',
          `The item ${named(at)} is the child of “${at.parentId}”, which is not in the file. Nothing was imported.`,
          [],
        );
      }
      at = parent.item;
    }
    const known = depth.get(at.id);
    if (known !== undefined) base = known + 1;
    for (let i = path.length - 1; i >= 0; i -= 1) {
      const id = path[i] ?? '';
      const level = base + (path.length - 1 - i);
      if (level >= MAX_TREE_DEPTH) {
        throw new ApiError(
          'invalid_framework',
          `The framework's tree is more than ${MAX_TREE_DEPTH} tiers deep; real frameworks have a few. Nothing was imported.`,
          [],
        );
      }
      depth.set(id, level);
    }
  }
  const roots: TreeNode[] = [];
  for (const node of byId.values()) {
    const parent = node.item.parentId === null ? undefined : byId.get(node.item.parentId);
    (parent ? parent.children : roots).push(node);
  }
  const sortAll = (nodes: TreeNode[]) => {
    const stack = [nodes];
    while (stack.length > 0) {
      const list = stack.pop() ?? [];
      list.sort(compareSiblings);
      for (const node of list) if (node.children.length > 0) stack.push(node.children);
    }
  };
  sortAll(roots);
  return roots;
}
