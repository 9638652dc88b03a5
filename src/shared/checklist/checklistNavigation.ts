/** The statement `step` places from `current` in `order` (the statements shown), staying at the ends. */
export function stepFrom(order: readonly string[], current: string, step: number): string | undefined {
  const at = order.indexOf(current);
  if (at === -1) return order[0];
  return order[Math.min(order.length - 1, Math.max(0, at + step))];
}

/** The first unchecked statement after `current` in `order` (all of the plan's), going round to the start. */
export function nextOutstanding(
  order: readonly string[],
  checked: (id: string) => boolean,
  current: string | null,
): string | undefined {
  const start = current === null ? -1 : order.indexOf(current);
  for (let i = 1; i <= order.length; i += 1) {
    const id = order[(start + i + order.length) % order.length];
    if (id !== undefined && !checked(id)) return id;
  }
  return undefined;
}
