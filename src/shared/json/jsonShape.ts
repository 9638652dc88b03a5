/**
 * Limits on the shape of JSON that comes from outside (a request, a file being imported, a file in
 * the data folder), checked before anything recursive touches it. Nothing Trainplan writes is nested
 * more than a few levels; a document nested thousands deep would overflow the stack of the code that
 * walks it, and a "__proto__" key is dropped without a word when copied into an object.
 */
export const MAX_JSON_DEPTH = 64;

/** Where a value is, as a trainer reading a message can follow it: trainees[3].plans[0].checkoffs. */
function describePath(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'the top level';
  return path
    .map((part, i) => (typeof part === 'number' ? `[${String(part)}]` : i === 0 ? part : `.${part}`))
    .join('')
    .slice(0, 200);
}

/**
 * What is wrong with the shape of a parsed JSON value, in words ("is nested more than 64 levels deep
 * (at …)"), or null. Walks with its own stack, so any depth is checked safely.
 */
export function jsonShapeProblem(value: unknown, maxDepth = MAX_JSON_DEPTH): string | null {
  // Each entry knows its parent, so the path is only spelled out for the one that is wrong.
  interface Entry {
    value: unknown;
    depth: number;
    key: string | number;
    parent: Entry | null;
  }
  const pathOf = (entry: Entry): (string | number)[] => {
    const path: (string | number)[] = [];
    let at: Entry = entry;
    while (at.parent) {
      path.unshift(at.key);
      at = at.parent;
    }
    return path;
  };
  const stack: Entry[] = [{ value, depth: 0, key: '', parent: null }];
  while (stack.length > 0) {
    const entry = stack.pop();
    if (!entry || entry.value === null || typeof entry.value !== 'object') continue;
    // Bytes (a report's PDF) are data, not nesting.
    if (ArrayBuffer.isView(entry.value)) continue;
    if (entry.depth >= maxDepth) {
      return `is nested more than ${String(maxDepth)} levels deep (at ${describePath(pathOf(entry))})`;
    }
    if (Array.isArray(entry.value)) {
      entry.value.forEach((child: unknown, index) => {
        stack.push({ value: child, depth: entry.depth + 1, key: index, parent: entry });
      });
      continue;
    }
    const record = entry.value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (key === '__proto__') {
        return `has a key named “__proto__” (in ${describePath(pathOf(entry))}), which Trainplan does not accept`;
      }
      stack.push({ value: record[key], depth: entry.depth + 1, key, parent: entry });
    }
  }
  return null;
}
