import { Button, Group, Menu, Text } from '@mantine/core';
import { useSettings } from '../api/traineeQueries';
import { FORMAT_LABELS, formatsOf, type ExportRequest } from './exportRequest';
import { useExportFile } from './useExportFile';

export type { ExportRequest } from './exportRequest';

/**
 * An "Export" button with a menu of formats (the dashboard's is one "Print as PDF" button). The file is
 * made in the main process's report worker, so the window stays usable meanwhile; the button shows it is
 * busy, with a Cancel beside it. Exports change nothing, so they stay enabled in a read-only window.
 */
export function ExportMenu({ request }: { request: ExportRequest }) {
  const paperSize = useSettings().data?.paperSize ?? 'A4';
  const { making, run, cancel } = useExportFile(request, paperSize);
  const busy = making !== null;
  const button =
    request.kind === 'dashboard' ? (
      <Button variant="default" loading={busy} onClick={() => void run('pdf')} data-testid="export-button">
        Print as PDF
      </Button>
    ) : (
      // Without the placeholder Mantine puts first in the menu (a role="presentation" child, which a menu
      // may not hold), opening it from the keyboard lands on the first format.
      <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
        <Menu.Target>
          <Button variant="default" loading={busy} data-testid="export-button">
            Export
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {formatsOf(request.kind).map((format) => (
            <Menu.Item key={format} onClick={() => void run(format)}>
              {FORMAT_LABELS[format]}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    );
  return (
    <Group gap="xs" wrap="nowrap">
      {busy && (
        <>
          <Text size="sm" c="dimmed" role="status" data-testid="export-status">
            Making the {FORMAT_LABELS[making]} file…
          </Text>
          <Button variant="subtle" size="compact-sm" onClick={cancel}>
            Cancel
          </Button>
        </>
      )}
      {button}
    </Group>
  );
}
