import { Badge, Card, Checkbox, Group, Select, Table, Text, TextInput, Title } from '@mantine/core';
import { memo, useMemo, useState } from 'react';
import { formatDate } from '../../../shared/dates';
import type { SignoffCandidate } from '../../../shared/signoff/groupSignoff';
import { noTraineeMatches, traineeSearch } from '../../../shared/trainees/traineeSearch';

const ALL_TEAMS = '';

/** What the trainee already holds of the chosen statements, for the table. */
function heldText(candidate: SignoffCandidate, statementIds: readonly string[]): string | null {
  const dates = statementIds.map((id) => candidate.achieved[id]).filter((d) => d !== undefined);
  if (dates.length === 0) return null;
  if (dates.length === statementIds.length) {
    const latest = dates.reduce((a, b) => (a > b ? a : b));
    return `Already achieved (${formatDate(latest)})`;
  }
  return `${String(dates.length)} of ${String(statementIds.length)} already achieved`;
}

/**
 * One trainee's row. Memoised: with a whole plant on one framework, ticking one box redraws one row,
 * not two thousand.
 */
const TraineeRow = memo(function TraineeRow({
  candidate: c,
  held,
  checked,
  onToggle,
}: {
  candidate: SignoffCandidate;
  held: string | null;
  checked: boolean;
  onToggle: (planIds: string[], on: boolean) => void;
}) {
  return (
    <Table.Tr data-testid="signoff-trainee">
      <Table.Td>
        <Checkbox
          aria-label={`Choose ${c.fullName}`}
          checked={checked}
          onChange={(e) => onToggle([c.planId], e.currentTarget.checked)}
        />
      </Table.Td>
      <Table.Td>{c.fullName}</Table.Td>
      <Table.Td>{c.team || '—'}</Table.Td>
      <Table.Td>{c.site || '—'}</Table.Td>
      <Table.Td>{c.employeeId ?? '—'}</Table.Td>
      <Table.Td>
        {held && (
          <Badge variant="light" color="gray" tt="none" data-testid="already-achieved">
            {held}
          </Badge>
        )}
      </Table.Td>
    </Table.Tr>
  );
});

/** Step 2: who demonstrated it. Those already holding every chosen statement are marked; they would be skipped. */
export function TraineePicker({
  candidates,
  statementIds,
  chosen,
  onToggle,
}: {
  candidates: SignoffCandidate[];
  statementIds: readonly string[];
  chosen: ReadonlySet<string>;
  /** Adds or removes trainees by plan; stable across renders, so unchanged rows are not redrawn. */
  onToggle: (planIds: string[], on: boolean) => void;
}) {
  const [team, setTeam] = useState(ALL_TEAMS);
  const [search, setSearch] = useState('');
  const teams = useMemo(() => [...new Set(candidates.map((c) => c.team).filter(Boolean))].sort(), [candidates]);
  const typed = traineeSearch(search);
  const visible = candidates.filter((c) => (team === ALL_TEAMS || c.team === team) && typed.matches(c));
  const visibleChosen = visible.filter((c) => chosen.has(c.planId)).length;

  return (
    <Card withBorder component="section" aria-labelledby="signoff-step-2">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="signoff-step-2">
          2. Trainees who demonstrated it
        </Title>
        <Text size="sm" c="dimmed" data-testid="signoff-chosen-count">
          {chosen.size.toLocaleString('en')} of {candidates.length.toLocaleString('en')} chosen
        </Text>
      </Group>
      <Group grow align="flex-end">
        <Select
          label="Team"
          data={[{ value: ALL_TEAMS, label: 'All teams' }, ...teams.map((t) => ({ value: t, label: t }))]}
          value={team}
          onChange={(value) => setTeam(value ?? ALL_TEAMS)}
          allowDeselect={false}
        />
        <TextInput
          label="Find a trainee"
          placeholder="Name or badge ID"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
      </Group>
      {candidates.length === 0 ? (
        <Text mt="md" c="dimmed">
          No active trainee has a plan on this framework.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560} mah={460} mt="md">
          <Table stickyHeader highlightOnHover data-testid="signoff-trainees">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>
                  <Checkbox
                    aria-label="Choose every trainee shown"
                    checked={visible.length > 0 && visibleChosen === visible.length}
                    indeterminate={visibleChosen > 0 && visibleChosen < visible.length}
                    onChange={(e) =>
                      onToggle(
                        visible.map((c) => c.planId),
                        e.currentTarget.checked,
                      )
                    }
                  />
                </Table.Th>
                <Table.Th>Name</Table.Th>
                <Table.Th>Team</Table.Th>
                <Table.Th>Site</Table.Th>
                <Table.Th>Badge ID</Table.Th>
                <Table.Th>Chosen statements</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {visible.map((c) => (
                <TraineeRow
                  key={c.planId}
                  candidate={c}
                  held={statementIds.length > 0 ? heldText(c, statementIds) : null}
                  checked={chosen.has(c.planId)}
                  onToggle={onToggle}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {candidates.length > 0 && visible.length === 0 && (
        <Text mt="sm" c="dimmed" data-testid="signoff-no-match">
          {typed.empty ? 'No trainee in this team.' : noTraineeMatches(search)}
        </Text>
      )}
    </Card>
  );
}
