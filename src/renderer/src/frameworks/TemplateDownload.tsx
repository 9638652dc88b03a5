import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { call, errorMessage } from '../api/client';
import { saveExportFile } from '../platform/savePdf';

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
} as const;

async function download(format: 'xlsx' | 'csv'): Promise<void> {
  try {
    const file = await call('frameworks:template', { format });
    await saveExportFile({ ...file, mimeType: MIME[format] });
  } catch (error) {
    notifications.show({ color: 'red', title: 'The template was not saved', message: errorMessage(error) });
  }
}

/** The spreadsheet layout to fill in: Level, Topic, Statement, with the framework's details on an About sheet. */
export function TemplateDownload() {
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" data-testid="download-template">
          Download template
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => void download('xlsx')}>Excel workbook (.xlsx)</Menu.Item>
        <Menu.Item onClick={() => void download('csv')}>CSV file (.csv)</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
