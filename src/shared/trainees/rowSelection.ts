/** The trainees ticked in the list, and the row a shift-click extends a range from. */
export interface RowSelection {
  readonly ids: ReadonlySet<string>;
  /** Index in the list of the last row clicked without Shift. */
  readonly anchor: number | null;
}

export const NO_SELECTION: RowSelection = { ids: new Set(), anchor: null };

/**
 * A click on a row's box: alone it ticks or unticks that row; with Shift, every row from the last
 * clicked one to this one takes this row's new state, as in a file manager. Rows not loaded yet (far
 * off screen) have no id to tick and are passed over.
 */
export function clickRow(
  selection: RowSelection,
  index: number,
  idAt: (index: number) => string | undefined,
  shift: boolean,
): RowSelection {
  const id = idAt(index);
  if (id === undefined) return selection;
  const on = !selection.ids.has(id);
  const ids = new Set(selection.ids);
  const from = shift && selection.anchor !== null ? Math.min(selection.anchor, index) : index;
  const to = shift && selection.anchor !== null ? Math.max(selection.anchor, index) : index;
  for (let at = from; at <= to; at += 1) {
    const rowId = idAt(at);
    if (rowId === undefined) continue;
    if (on) ids.add(rowId);
    else ids.delete(rowId);
  }
  return { ids, anchor: shift && selection.anchor !== null ? selection.anchor : index };
}

/** Every trainee the list shows (all pages, not only those loaded), ticked. */
export function selectAll(ids: readonly string[]): RowSelection {
  return { ids: new Set(ids), anchor: null };
}
