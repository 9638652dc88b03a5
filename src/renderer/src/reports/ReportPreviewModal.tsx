import { Button, Group, Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import type { PdfFile } from '../../../shared/reports/reportOptions';
import { errorMessage } from '../api/client';
import { savePdf } from '../platform/savePdf';

/** Shows the finished PDF before it is saved anywhere. */
export function ReportPreviewModal({ file, onClose }: { file: PdfFile | null; onClose: () => void }) {
  const [saving, setSaving] = useState(false);
  const url = useMemo(
    () => (file ? URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: 'application/pdf' })) : null),
    [file],
  );
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);

  const save = async (): Promise<void> => {
    if (!file) return;
    setSaving(true);
    try {
      const outcome = await savePdf(file);
      if (outcome.saved) {
        notifications.show({
          color: 'teal',
          title: 'Report saved',
          message: `${file.fileName} was saved to ${outcome.location ?? 'the chosen folder'}.`,
        });
        onClose();
      }
    } catch (error) {
      // The save call says what went wrong and where ("… because the disk is full").
      notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(error) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened={file !== null} onClose={onClose} title="Report preview" size="80%" centered>
      {file && (
        <>
          <Text size="sm" mb="xs" data-testid="preview-summary">
            {file.fileName} · {file.pageCount} {file.pageCount === 1 ? 'page' : 'pages'}
          </Text>
          {url && (
            <iframe
              src={url}
              title={`Preview of ${file.fileName}`}
              data-testid="report-preview"
              style={{ width: '100%', height: '65vh', border: '1px solid var(--mantine-color-gray-3)' }}
            />
          )}
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={onClose}>
              Close
            </Button>
            <Button onClick={() => void save()} loading={saving} data-autofocus>
              Save PDF
            </Button>
          </Group>
        </>
      )}
    </Modal>
  );
}
