import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { DashboardFigure } from '../../../shared/overview/dashboard';
import { errorMessage } from '../api/client';
import { useFrameworks } from '../api/frameworkQueries';
import { AttentionList } from '../dashboard/AttentionList';
import { DashboardCharts } from '../dashboard/DashboardCharts';
import { DashboardEmpty } from '../dashboard/DashboardEmpty';
import { isFiltered } from '../dashboard/dashboardFigures';
import { useDashboard, useFilterChoices } from '../dashboard/dashboardQueries';
import { DrillDrawer } from '../dashboard/DrillDrawer';
import { StatusCards } from '../dashboard/StatusCards';
import { useDashboardFilter } from '../dashboard/useDashboardFilter';
import { ExportMenu } from '../exports/ExportMenu';
import { TraineeFilters } from '../trainees/TraineeFilters';

const NO_CHOICES = { teams: [], sites: [], trainers: [] };

function summaryText(trainees: number, plans: number): string {
  const t = trainees === 1 ? '1 trainee' : `${trainees.toLocaleString()} trainees`;
  const p = plans === 1 ? '1 plan' : `${plans.toLocaleString()} plans`;
  return `${t}, ${p}`;
}

/** The manager's overview: where every plan stands, what needs attention, and who is behind each figure. */
export function DashboardPage() {
  const { filter, shown, setFilter, clear } = useDashboardFilter();
  const dashboard = useDashboard(filter);
  const choices = useFilterChoices();
  const frameworks = useFrameworks();
  // The figure stays while the drawer slides shut, so its content does not vanish mid-animation.
  const [figure, setFigure] = useState<DashboardFigure | null>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const open = (next: DashboardFigure) => {
    setFigure(next);
    setDrawerOpen(true);
  };
  const data = dashboard.data;
  const filtered = isFiltered(shown);
  const nothingYet = data !== undefined && !filtered && data.plans === 0;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Dashboard</Title>
          <Text c="dimmed" size="sm" data-testid="dashboard-summary">
            {data ? summaryText(data.trainees, data.plans) : ' '}
          </Text>
        </div>
        <Group gap="sm">
          {filtered && (
            <Button variant="default" onClick={clear}>
              Clear filters
            </Button>
          )}
          <ExportMenu request={{ kind: 'dashboard', input: { filter } }} />
        </Group>
      </Group>
      <TraineeFilters
        choices={choices.data?.choices ?? NO_CHOICES}
        frameworks={frameworks.data ?? []}
        filter={shown}
        onChange={setFilter}
      />
      {dashboard.isPending && <Loader aria-label="Loading the dashboard" />}
      {dashboard.error && (
        <Alert color="red" title="The dashboard could not be worked out">
          {errorMessage(dashboard.error)}
        </Alert>
      )}
      {data && nothingYet && <DashboardEmpty trainees={choices.data?.all ?? data.trainees} />}
      {data && !nothingYet && (
        <>
          {filtered && data.trainees === 0 && (
            <Alert color="blue" title="No trainees match these filters">
              Change the filters above, or use “Clear filters” to see everyone.
            </Alert>
          )}
          <StatusCards dashboard={data} onOpen={open} />
          <AttentionList dashboard={data} />
          <DashboardCharts dashboard={data} onOpen={open} />
        </>
      )}
      <DrillDrawer filter={filter} figure={figure} opened={drawerOpen} onClose={() => setDrawerOpen(false)} />
    </Stack>
  );
}
