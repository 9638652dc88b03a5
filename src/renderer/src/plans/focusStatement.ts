/**
 * Focuses a statement's checkbox inside `container` and brings it into view. A level that was just opened
 * is still unfolding, so this tries again for a few frames until the box can take focus.
 */
export function focusStatement(container: HTMLElement | null, statementId: string, tries = 20): void {
  const box = container?.querySelector<HTMLInputElement>(`input[data-statement-id="${CSS.escape(statementId)}"]`);
  if (box) {
    box.focus({ preventScroll: true });
    if (document.activeElement === box) {
      box.scrollIntoView({ block: 'center' });
      return;
    }
  }
  if (tries > 0) requestAnimationFrame(() => focusStatement(container, statementId, tries - 1));
}
