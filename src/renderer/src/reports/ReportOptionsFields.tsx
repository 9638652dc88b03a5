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

export function IndividualOptionsFields({
  includeNotes,
  outstandingOnly,
  onChange,
}: {
  includeNotes: boolean;
  outstandingOnly: boolean;
  onChange: (patch: { includeNotes?: boolean; outstandingOnly?: boolean }) => void;
}) {
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
    </Stack>
  );
}
