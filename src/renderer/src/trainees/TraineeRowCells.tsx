import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../../shared/dates';
import { LEVEL_LABELS } from '../../../shared/framework/levels';
import { attainedLabel } from '../../../shared/progress/progressRules';
import type { PlanSummary, TraineeRow } from '../../../shared/trainees/traineeViews';
import { ProgressCell } from '../components/ProgressCell';
import { StatusBadge } from '../components/StatusBadge';

/** Shown only from Mantine's `lg` breakpoint (1200 px): below it the list fits 1024 px without scrolling sideways. */
export const WIDE_ONLY = { visibleFrom: 'lg' } as const;

/** Each plan takes one band of this height in every per-plan column, so a trainee's plans line up. */
const PLAN_LINE = 42;
const PLAN_GAP = 2;

/** One plan's band: its content centred in it, so a name, a bar and a badge share a centre line. */
export function PlanLine({ children }: { children: ReactNode }) {
  return (
    <div style={{ height: PLAN_LINE, display: 'flex', alignItems: 'center', minWidth: 0 }} data-testid="plan-line">
      {children}
    </div>
  );
}

/** Each trainee takes a band per plan (at least one), plus the cell padding. */
export function rowHeight(row: TraineeRow | undefined): number {
  const lines = Math.max(1, row?.plans.length ?? 1);
  return lines * PLAN_LINE + (lines - 1) * PLAN_GAP + 16;
}

/** A trainee's plans, one band each, in a per-plan column: band N of every such column is plan N. */
function PlanLines({ row, children }: { row: TraineeRow; children: (plan: PlanSummary) => ReactNode }) {
  return (
    <Stack gap={PLAN_GAP}>
      {row.plans.map((p) => (
        <PlanLine key={p.planId}>{children(p)}</PlanLine>
      ))}
    </Stack>
  );
}

/** One trainee's cells in the list: name, each plan's level, progress and status, and the dates. */
export function TraineeCells({ row }: { row: TraineeRow }) {
  const teamAndTrainer = [row.team, row.trainer].filter((v) => v.trim() !== '').join(' · ');
  return (
    <>
      <Table.Td>
        <Anchor component={Link} to={`/trainees/${row.id}`} fw={500} style={{ overflowWrap: 'anywhere' }}>
          {row.fullName}
        </Anchor>
        {row.employeeId && (
          <Text size="xs" c="dimmed">
            {row.employeeId}
          </Text>
        )}
        {teamAndTrainer !== '' && (
          <Text size="xs" c="dimmed" hiddenFrom="lg" data-testid="team-and-trainer">
            {teamAndTrainer}
          </Text>
        )}
        {row.archived && (
          <Badge size="xs" color="gray" variant="outline" tt="none">
            Archived
          </Badge>
        )}
      </Table.Td>
      <Table.Td {...WIDE_ONLY}>{row.team}</Table.Td>
      <Table.Td {...WIDE_ONLY}>{row.trainer}</Table.Td>
      <Table.Td>
        {row.plans.length === 0 ? (
          <Text size="sm" c="dimmed">
            No plan yet
          </Text>
        ) : (
          <PlanLines row={row}>
            {(p) => (
              <div data-testid="plan-levels" style={{ minWidth: 0 }}>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  <b>{attainedLabel(p.attained)}</b> → {LEVEL_LABELS[p.targetLevel]}
                </Text>
                <Text size="xs" c="dimmed" lineClamp={1} title={p.frameworkTitle}>
                  {p.frameworkTitle}
                </Text>
              </div>
            )}
          </PlanLines>
        )}
      </Table.Td>
      <Table.Td>
        <PlanLines row={row}>
          {(p) => <ProgressCell progress={p.toTarget} label={`${p.frameworkTitle}: progress to target`} />}
        </PlanLines>
      </Table.Td>
      <Table.Td>
        <PlanLines row={row}>{(p) => <StatusBadge status={p.status} />}</PlanLines>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(row.nextTargetDate)}</Table.Td>
      <Table.Td {...WIDE_ONLY}>
        <Text size="sm" title={`Last edited ${formatDateTime(row.lastEditedAt)}`} style={{ whiteSpace: 'nowrap' }}>
          {formatDate(row.lastActivity)}
        </Text>
      </Table.Td>
    </>
  );
}
