import { Alert, Badge, Button, Group, Radio, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { plural } from '../../../shared/text/plural';
import type { DateOrder, EncodingChoice, RosterPreview } from '../../../shared/roster/rosterImport';
import { PREVIEW_ROWS, type ColumnTarget } from '../../../shared/roster/rosterImport';
import { RosterLostLetters, type SpellingChoice } from './RosterLostLetters';
import { RosterMapping } from './RosterMapping';
import { RosterProblems } from './RosterProblems';
import { RosterRows } from './RosterRows';

const ENCODING_CHOICES = [
  { value: 'auto', label: 'Work it out from the file' },
  { value: 'utf-8', label: 'UTF-8' },
  { value: 'windows-1252', label: 'Windows-1252 (older Excel on Windows)' },
];

const DATE_ORDER_CHOICES = [
  { value: 'dmy', label: 'Day first (31/03/2026)' },
  { value: 'mdy', label: 'Month first (03/31/2026)' },
];

function readAs(fileName: string, preview: RosterPreview): string {
  const parts = [`“${fileName}”`, `${preview.totalRows.toLocaleString()} ${preview.totalRows === 1 ? 'row' : 'rows'}`];
  parts.push(preview.fileKind === 'xlsx' ? 'an Excel workbook' : `characters read as ${preview.encoding}`);
  if (preview.separator) parts.push(`columns separated by ${preview.separator}s`);
  if (preview.dateFormats) parts.push(`start dates read as ${preview.dateFormats}`);
  return parts.join(' · ');
}

interface Props {
  fileName: string;
  preview: RosterPreview;
  encoding: EncodingChoice;
  accepted: SpellingChoice;
  busy: boolean;
  locked: { disabled: boolean; title: string | undefined };
  onChange: (next: {
    encoding?: EncodingChoice;
    mapping?: ColumnTarget[];
    dateOrder?: DateOrder;
    acceptFileSpelling?: SpellingChoice;
  }) => void;
  onImport: (existing: 'update' | 'skip') => void;
  onBack: () => void;
}

/** What importing would do: how the file was read, where each column goes, the rows, what is refused. */
export function RosterPreviewStep(props: Props) {
  const { fileName, preview, encoding, accepted, busy, locked, onChange, onImport, onBack } = props;
  const [existing, setExisting] = useState<'update' | 'skip'>('update');
  const { add, update, skip, refuse } = preview.counts;
  const updating = existing === 'update' ? update : 0;
  const leaving = skip + (existing === 'skip' ? update : 0);
  const importing = add + updating;
  const planCount = preview.plans.add + (existing === 'update' ? preview.plans.update : 0);
  return (
    <Stack>
      <Text size="sm" data-testid="roster-read-as">
        {readAs(fileName, preview)}
      </Text>
      <Group align="flex-end">
        {preview.fileKind === 'csv' && (
          <Select
            label="Characters"
            data={ENCODING_CHOICES}
            value={encoding}
            allowDeselect={false}
            disabled={busy}
            onChange={(value) => value && onChange({ encoding: value as EncodingChoice })}
            w={300}
          />
        )}
        {preview.dateOrderAsked && (
          <Select
            label="Dates like 03/04/2026 are written"
            description="The file does not tell; check a few dates below."
            data={DATE_ORDER_CHOICES}
            value={preview.dateOrder}
            allowDeselect={false}
            disabled={busy}
            onChange={(value) => value && onChange({ dateOrder: value as DateOrder })}
            w={300}
          />
        )}
      </Group>

      <Title order={4}>Where each column goes</Title>
      {preview.mappingRemembered && (
        <Text size="sm" c="dimmed" data-testid="roster-mapping-remembered">
          Set as you set them at the last import of a file with these column headers. Change any that are wrong.
        </Text>
      )}
      <RosterMapping columns={preview.columns} disabled={busy} onChange={(mapping) => onChange({ mapping })} />
      {preview.blocking && (
        <Alert color="red" title="Nothing can be imported yet" role="alert">
          {preview.blocking}
        </Alert>
      )}

      <Group gap="xs" data-testid="roster-counts" aria-live="polite">
        <Badge color="teal" size="lg" variant="light">
          {add.toLocaleString()} to add
        </Badge>
        <Badge color="blue" size="lg" variant="light">
          {updating.toLocaleString()} to update
        </Badge>
        <Badge color="gray" size="lg" variant="light">
          {leaving.toLocaleString()} left as they are
        </Badge>
        <Badge color="red" size="lg" variant="light">
          {refuse.toLocaleString()} refused
        </Badge>
        {planCount > 0 && (
          <Badge color="grape" size="lg" variant="light">
            {plural(planCount, 'plan')} to assign
          </Badge>
        )}
      </Group>

      <RosterProblems
        problems={preview.problems}
        total={preview.problemCount}
        title={`${refuse.toLocaleString()} ${refuse === 1 ? 'row' : 'rows'} will not be imported`}
      />
      <RosterProblems
        problems={preview.planProblems}
        total={preview.planProblems.length}
        title="Plans that will not be assigned (the people are imported)"
        testId="roster-plan-problems"
      />

      {existing === 'update' && (
        <RosterLostLetters
          lost={preview.lostLetters}
          total={preview.lostLetterCount}
          accepted={accepted}
          disabled={busy}
          onChange={(acceptFileSpelling) => onChange({ acceptFileSpelling })}
        />
      )}

      <Title order={4}>
        {preview.totalRows > PREVIEW_ROWS ? `The first ${String(PREVIEW_ROWS)} rows` : 'The rows'} as they will be
        stored
      </Title>
      <RosterRows
        rows={preview.rows}
        existing={existing}
        kept={new Set(preview.lostLetters.filter((l) => !l.accepted).map((l) => `${String(l.row)}:${l.field}`))}
      />

      <Radio.Group
        label="People already on the list (the same badge ID)"
        value={existing}
        onChange={(value) => setExisting(value === 'skip' ? 'skip' : 'update')}
      >
        <Stack gap={6} mt={6}>
          <Radio value="update" label="Update them with the details in the file (empty cells keep what is recorded)" />
          <Radio value="skip" label="Leave them as they are" />
        </Stack>
      </Radio.Group>

      <Group justify="space-between">
        <Button variant="default" onClick={onBack} disabled={busy}>
          Choose another file
        </Button>
        <Button
          onClick={() => onImport(existing)}
          disabled={locked.disabled || busy || preview.blocking !== null || importing + leaving === 0}
          title={locked.title}
          loading={busy}
        >
          {importing === 0
            ? 'Import (nothing to change)'
            : `Import ${importing.toLocaleString()} ${importing === 1 ? 'person' : 'people'}`}
        </Button>
      </Group>
    </Stack>
  );
}
