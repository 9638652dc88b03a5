import { Group, Text } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import { PLAN_STATUS_LABELS, type PlanStatus } from '../../../shared/progress/progressRules';
import { TARGET_MARK, TICKED } from './FrameworkMatrixGrid';
import { HEAT_STEPS } from '../../../shared/matrix/heatScale';
import { statusStyle } from './OverviewMatrixGrid';

const SWATCH: CSSProperties = {
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  width: 22,
  height: 18,
  border: '1px solid var(--mantine-color-gray-4)',
  fontSize: 11,
  fontWeight: 700,
};

function Key({ swatch, mark, children }: { swatch: CSSProperties; mark?: string; children: ReactNode }) {
  return (
    <Group gap={4} wrap="nowrap">
      <span aria-hidden style={{ ...SWATCH, ...swatch }}>
        {mark}
      </span>
      <Text size="xs">{children}</Text>
    </Group>
  );
}

function HeatKey({ what }: { what: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Group gap={0} wrap="nowrap" aria-hidden>
        {HEAT_STEPS.map((step) => (
          <span key={step.label} title={step.label} style={{ ...SWATCH, width: 14, background: step.background }} />
        ))}
      </Group>
      <Text size="xs">{what}: none → all</Text>
    </Group>
  );
}

const STATUSES: PlanStatus[] = ['met', 'on_track', 'due_soon', 'behind', 'overdue', 'no_date'];

/** What the colours and marks of the matrix mean, in the words of the rest of the app. */
export function MatrixLegend({ view }: { view: 'framework' | 'overview' }) {
  if (view === 'framework')
    return (
      <Group gap="md" style={{ rowGap: 4 }} data-testid="matrix-legend" aria-label="What the colours mean" role="group">
        <Key swatch={TICKED} mark="✓">
          Achieved (point at it: date and assessor)
        </Key>
        <Key swatch={{ background: 'var(--mantine-color-white)' }}>Not yet</Key>
        <Key swatch={{ boxShadow: TARGET_MARK }}>Underlined: their target level</Key>
        <Key swatch={{ background: 'var(--mantine-color-gray-0)' }}>Above their target</Key>
        <HeatKey what="Folded levels, coverage row" />
      </Group>
    );
  return (
    <Group gap="md" style={{ rowGap: 4 }} data-testid="matrix-legend" aria-label="What the colours mean" role="group">
      <Text size="xs">
        Each cell: progress to target and what the target date expects by now, then level attained → target.
      </Text>
      {STATUSES.map((status) => (
        <Key key={status} swatch={statusStyle(status)}>
          {PLAN_STATUS_LABELS[status]}
        </Key>
      ))}
      <HeatKey what="Coverage row (plans at target)" />
    </Group>
  );
}
