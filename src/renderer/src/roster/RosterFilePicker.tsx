import { Button, FileButton, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { useRef } from 'react';

// Files with another or no MIME type are still read: main then says what is wrong with them.
const PEOPLE_TYPES = {
  'text/csv': ['.csv'],
  'text/plain': ['.txt', '.tsv'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
};

/** The first step: a file from a button or dropped on the box. */
export function RosterFilePicker({ busy, onFile }: { busy: boolean; onFile: (file: File | null) => void }) {
  // The browser fires no change for the file already chosen: clear the input so a fixed file can be chosen again.
  const resetPicker = useRef<() => void>(null);
  return (
    <Stack>
      <Text size="sm">
        Bring your list of apprentices from HR or a spreadsheet: a CSV file (comma, semicolon or tab separated) or an
        Excel workbook (.xlsx), with a header row naming the columns. You will see what would be imported before
        anything is saved.
      </Text>
      <Dropzone
        accept={PEOPLE_TYPES}
        multiple={false}
        loading={busy}
        onDrop={(files) => onFile(files[0] ?? null)}
        onReject={(rejected) => onFile(rejected[0]?.file ?? null)}
        activateOnClick={false}
        data-testid="roster-drop"
      >
        <Stack align="center" justify="center" mih={140} style={{ pointerEvents: 'none' }}>
          <Text fw={600}>Drop the file here</Text>
          <Text size="sm" c="dimmed">
            CSV or Excel (.xlsx), up to 10 MB
          </Text>
        </Stack>
      </Dropzone>
      <FileButton
        resetRef={resetPicker}
        accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(file) => {
          onFile(file);
          resetPicker.current?.();
        }}
      >
        {(props) => (
          <Button {...props} loading={busy} w="fit-content">
            Choose a file…
          </Button>
        )}
      </FileButton>
    </Stack>
  );
}
