import { Kbd, Modal, Table } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { claimHost, setShortcutsHelpOpen, useIsHost, useShortcutsHelpOpen } from './shortcutsHelpStore';

const SHORTCUTS: [keys: string[], what: string][] = [
  [['↓', 'j'], 'Next statement'],
  [['↑', 'k'], 'Previous statement'],
  [['Space'], 'Tick or untick the statement'],
  [['n'], 'Add a note to the statement (ticks it if needed)'],
  [['Enter'], 'Save the note and close it'],
  [['Esc'], 'Close the note, keeping the tick'],
  [['Ctrl', 'Enter'], 'Save a check-off form'],
  [['?'], 'Show these shortcuts'],
];

/** The keyboard shortcuts overlay, opened with `?` anywhere but a text field, or by a checklist's button. */
export function ShortcutsHelp() {
  const [me] = useState(() => Symbol('shortcuts-host'));
  useEffect(() => claimHost(me), [me]);
  const host = useIsHost(me);
  const opened = useShortcutsHelpOpen();
  // The default ignored tags keep `?` typed into a text field (or a note) out of this.
  useHotkeys([['shift+?', () => setShortcutsHelpOpen(true)]]);
  if (!host) return null;
  return (
    <Modal opened={opened} onClose={() => setShortcutsHelpOpen(false)} title="Keyboard shortcuts" centered>
      <Table data-testid="shortcuts-help">
        <Table.Tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <Table.Tr key={what}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && (keys[0] === 'Ctrl' ? ' + ' : ' or ')}
                    <Kbd>{k}</Kbd>
                  </span>
                ))}
              </Table.Td>
              <Table.Td>{what}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
