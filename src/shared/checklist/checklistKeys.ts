/** What a key pressed on a statement's checkbox does (Space is the checkbox's own: it ticks). */
export type ChecklistKeyAction = 'next' | 'previous' | 'note' | 'help';

export function checklistKeyAction(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): ChecklistKeyAction | null {
  // Modified keys belong to the browser and the app (Ctrl+Enter saves, Ctrl+J opens downloads…).
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key) {
    case 'ArrowDown':
    case 'j':
      return 'next';
    case 'ArrowUp':
    case 'k':
      return 'previous';
    case 'n':
      return 'note';
    case '?':
      return 'help';
    default:
      return null;
  }
}
