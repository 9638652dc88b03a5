import {
  Button,
  Card,
  Group,
  isOptionsGroup,
  MultiSelect,
  Radio,
  Stack,
  Text,
  Title,
  type OptionsFilter,
} from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import type { PaperSize } from '../../../shared/settings/settings';
import { noTraineeMatches, traineeSearch } from '../../../shared/trainees/traineeSearch';
import type { TraineeRow } from '../../../shared/trainees/traineeViews';
import {
  DEFAULT_INDIVIDUAL_CHOICES,
  IndividualOptionsFields,
  PaperSizeField,
  type IndividualChoices,
} from './ReportOptionsFields';
import type { useReportExport } from './useReportExport';

export function IndividualReportCard({
  trainees,
  defaultPaper,
  exporter,
}: {
  trainees: TraineeRow[];
  defaultPaper: PaperSize;
  exporter: ReturnType<typeof useReportExport>;
}) {
  const [selected, setSelected] = useState<string[]>([]);
  const [options, setOptions] = useState<IndividualChoices>(DEFAULT_INDIVIDUAL_CHOICES);
  const [paperSize, setPaperSize] = useState<PaperSize | null>(null);
  const [output, setOutput] = useState<'each' | 'one'>('each');
  const data = useMemo(
    () =>
      trainees.map((t) => ({
        value: t.id,
        label: `${t.fullName}${t.employeeId ? ` (${t.employeeId})` : ''}${t.archived ? ' — archived' : ''}`,
      })),
    [trainees],
  );
  // The picker searches by the same rule as the trainees list, not by Mantine's plain substring.
  const byId = useMemo(() => new Map(trainees.map((t) => [t.id, t])), [trainees]);
  const filter = useCallback<OptionsFilter>(
    ({ options, search, limit }) => {
      const typed = traineeSearch(search);
      const found = options.filter((option) => {
        if (isOptionsGroup(option)) return false;
        const trainee = byId.get(option.value);
        return trainee !== undefined && typed.matches(trainee);
      });
      return found.slice(0, limit);
    },
    [byId],
  );
  const [searchValue, setSearchValue] = useState('');
  const chosen = trainees.filter((t) => selected.includes(t.id));

  return (
    <Card withBorder padding="lg" data-testid="individual-report-card">
      <Stack>
        <div>
          <Title order={3} size="h4">
            Individual progress reports
          </Title>
          <Text size="sm" c="dimmed">
            One trainee’s plans, checklist and sign-off block, ready to file. Choose one trainee or several.
          </Text>
        </div>
        <MultiSelect
          label="Trainees"
          placeholder={selected.length === 0 ? 'Search by name or ID' : undefined}
          data={data}
          value={selected}
          onChange={setSelected}
          searchable
          searchValue={searchValue}
          onSearchChange={setSearchValue}
          filter={filter}
          nothingFoundMessage={noTraineeMatches(searchValue)}
          clearable
          limit={50}
          maxDropdownHeight={260}
        />
        <Group gap="xs">
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() => setSelected(trainees.filter((t) => !t.archived).map((t) => t.id))}
          >
            Choose all current trainees ({trainees.filter((t) => !t.archived).length})
          </Button>
        </Group>
        <Group align="flex-start" gap="xl">
          <IndividualOptionsFields {...options} onChange={(patch) => setOptions((o) => ({ ...o, ...patch }))} />
          <PaperSizeField value={paperSize ?? defaultPaper} onChange={setPaperSize} />
          {chosen.length > 1 && (
            <Radio.Group label="Files" value={output} onChange={(v) => setOutput(v === 'one' ? 'one' : 'each')}>
              <Stack gap={4} mt={4}>
                <Radio value="each" label="One PDF per trainee" />
                <Radio value="one" label="All in one PDF" />
              </Stack>
            </Radio.Group>
          )}
        </Group>
        <Group>
          <Button
            disabled={chosen.length === 0}
            onClick={() =>
              void exporter.exportTrainees(
                chosen,
                { planIds: null, ...options, paperSize: paperSize ?? defaultPaper },
                output === 'one',
              )
            }
          >
            {chosen.length > 1 ? `Create ${chosen.length} reports` : 'Create report'}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
