import { Button, Checkbox, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import type { PaperSize } from '../../../shared/settings/settings';
import type { TraineeDetail } from '../../../shared/trainees/traineeViews';
import {
  DEFAULT_INDIVIDUAL_CHOICES,
  IndividualOptionsFields,
  PaperSizeField,
  type IndividualChoices,
} from './ReportOptionsFields';
import type { useReportExport } from './useReportExport';

/** The trainee page's "Export progress report": which plans, which details, which paper. */
export function TraineeReportModal({
  detail,
  defaultPaper,
  exporter,
  opened,
  onClose,
}: {
  detail: TraineeDetail;
  defaultPaper: PaperSize;
  exporter: ReturnType<typeof useReportExport>;
  opened: boolean;
  onClose: () => void;
}) {
  const [planIds, setPlanIds] = useState<string[]>(detail.plans.map((p) => p.planId));
  const [options, setOptions] = useState<IndividualChoices>(DEFAULT_INDIVIDUAL_CHOICES);
  const [paperSize, setPaperSize] = useState<PaperSize>(defaultPaper);
  return (
    <Modal opened={opened} onClose={onClose} title={`Progress report: ${detail.trainee.fullName}`} centered size="lg">
      <Stack>
        {detail.plans.length > 1 && (
          <Checkbox.Group label="Plans" value={planIds} onChange={setPlanIds}>
            <Stack gap={4} mt={4}>
              {detail.plans.map((p) => (
                <Checkbox key={p.planId} value={p.planId} label={p.frameworkTitle} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <IndividualOptionsFields {...options} onChange={(patch) => setOptions((o) => ({ ...o, ...patch }))} />
        <PaperSizeField value={paperSize} onChange={setPaperSize} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            disabled={detail.plans.length > 1 && planIds.length === 0}
            onClick={() => {
              onClose();
              void exporter.exportTrainees(
                [{ id: detail.trainee.id, fullName: detail.trainee.fullName }],
                { planIds: detail.plans.length > 1 ? planIds : null, ...options, paperSize },
                false,
              );
            }}
          >
            Create report
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
