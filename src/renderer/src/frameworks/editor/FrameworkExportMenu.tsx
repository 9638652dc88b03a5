import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { call, errorMessage } from '../../api/client';
import { saveExportFile } from '../../platform/savePdf';

const MIME = {
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

async function exportAs(frameworkId: string, format: 'json' | 'xlsx'): Promise<void> {
  try {
    const file = await call('frameworks:export', { frameworkId, format });
    const saved = await saveExportFile({ ...file, mimeType: MIME[format] });
    if (saved.saved) {
      notifications.show({
        color: 'teal',
        message: `Saved ${saved.fileNames.join(', ')} to ${saved.location ?? 'your computer'}.`,
      });
    }
  } catch (error) {
    notifications.show({ color: 'red', title: 'The framework was not exported', message: errorMessage(error) });
  }
}

/** Export a framework as Trainplan's own file (to import elsewhere) or as a spreadsheet (to edit in Excel). */
export function FrameworkExportMenu({ frameworkId }: { frameworkId: string }) {
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" data-testid="export-framework">
          Export…
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => void exportAs(frameworkId, 'json')}>Trainplan framework file (.json)</Menu.Item>
        <Menu.Item onClick={() => void exportAs(frameworkId, 'xlsx')}>Excel workbook (.xlsx)</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
