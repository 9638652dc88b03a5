import { Button, Group, Modal, Progress, Text } from '@mantine/core';
import type { ExportProgress } from './useReportExport';

/** Long exports say how far they are and can be stopped. */
export function ExportProgressModal({ progress, onCancel }: { progress: ExportProgress | null; onCancel: () => void }) {
  return (
    <Modal
      opened={progress !== null}
      onClose={onCancel}
      title="Preparing reports"
      centered
      withCloseButton={false}
      closeOnClickOutside={false}
    >
      {progress && (
        <div data-testid="export-progress">
          <Text size="sm" mb="xs">
            {progress.label}
          </Text>
          {progress.total > 1 ? (
            <Progress value={(progress.done / progress.total) * 100} aria-label="Export progress" />
          ) : (
            <Progress value={100} animated striped aria-label="Export progress" />
          )}
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          </Group>
        </div>
      )}
    </Modal>
  );
}
