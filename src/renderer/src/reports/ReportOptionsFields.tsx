import { SegmentedControl, Stack, Switch, Text } from '@mantine/core';
import { PAPER_SIZE_LABELS, PAPER_SIZES, type PaperSize } from '../../../shared/settings/settings';

export function PaperSizeField({ value, onChange }: { value: PaperSize; onChange: (size: PaperSize) => void }) {
  return (
    <div>
      <Text size="sm" fw={500} id="report-paper-size">
        Paper size
      </Text>
      <SegmentedControl
        aria-labelledby="report-paper-size"
        value={value}
        onChange={onChange}
        data={PAPER_SIZES.map((p) => ({ value: p, label: PAPER_SIZE_LABELS[p] }))}
      />
    </div>
  );
}

/** The individual report's choices; the defaults give the whole record. */
export interface IndividualChoices {
  includeNotes: boolean;
  outstandingOnly: boolean;
  includeAboveTarget: boolean;
}

export const DEFAULT_INDIVIDUAL_CHOICES: IndividualChoices = {
  includeNotes: true,
  outstandingOnly: false,
  includeAboveTarget: true,
};

export function IndividualOptionsFields({
  includeNotes,
  outstandingOnly,
  includeAboveTarget,
  onChange,
}: IndividualChoices & { onChange: (patch: Partial<IndividualChoices>) => void }) {
  return (
    <Stack gap="xs">
      <Switch
        label="Include evidence notes"
        checked={includeNotes}
        onChange={(e) => onChange({ includeNotes: e.currentTarget.checked })}
      />
      <Switch
        label="List outstanding statements only"
        checked={outstandingOnly}
        onChange={(e) => onChange({ outstandingOnly: e.currentTarget.checked })}
      />
      <Switch
        label="Include levels above the target"
        description="Marked “above target” in the report"
        checked={includeAboveTarget}
        onChange={(e) => onChange({ includeAboveTarget: e.currentTarget.checked })}
      />
    </Stack>
  );
}
