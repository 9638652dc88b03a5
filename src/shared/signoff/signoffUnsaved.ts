/**
 * Whether leaving the group sign-off would drop work: trainees ticked but not yet signed off, or a note typed
 * since the last sign-off. The note kept after a sign-off (for the next group) is not unsaved: it was saved.
 */
export function signoffUnsaved(work: { chosenTrainees: number; note: string; lastSavedNote: string }): boolean {
  return work.chosenTrainees > 0 || (work.note.trim() !== '' && work.note !== work.lastSavedNote);
}
