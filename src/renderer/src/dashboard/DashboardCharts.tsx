import { SimpleGrid } from '@mantine/core';
import { useMemo } from 'react';
import type { Dashboard, DashboardFigure } from '../../../shared/overview/dashboard';
import { AttainedChart, AttainedTable } from './AttainedChart';
import { ChartPanel } from './ChartPanel';
import { frameworkRows, monthRows, teamRows } from './dashboardCharts';
import { DuePanel } from './DuePanel';
import { MonthChart, MonthTable } from './MonthChart';

/** The dashboard's charts and the due figures, two to a row where the window is wide enough. */
export function DashboardCharts({
  dashboard,
  onOpen,
}: {
  dashboard: Dashboard;
  onOpen: (figure: DashboardFigure) => void;
}) {
  const frameworks = useMemo(() => frameworkRows(dashboard), [dashboard]);
  const teams = useMemo(() => teamRows(dashboard), [dashboard]);
  const months = useMemo(() => monthRows(dashboard), [dashboard]);
  const openFramework = (row: { key: string }, attained: Extract<DashboardFigure, { kind: 'framework' }>['attained']) =>
    onOpen({ kind: 'framework', frameworkId: row.key, attained });
  const openTeam = (row: { key: string }, attained: Extract<DashboardFigure, { kind: 'team' }>['attained']) =>
    onOpen({ kind: 'team', team: row.key, attained });
  const openMonth = (row: { month: string }) => onOpen({ kind: 'month', month: row.month });
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <ChartPanel
        title="Level attained per framework"
        description="Each plan counted at the highest level it has completed. Click a part of a bar for its trainees."
        testId="chart-framework"
        chart={<AttainedChart rows={frameworks} title="Level attained per framework" onOpen={openFramework} />}
        table={<AttainedTable rows={frameworks} what="Framework" onOpen={openFramework} testId="framework-table" />}
      />
      <ChartPanel
        title="Level attained per team"
        description="The same plans, by the trainee's team. Click a part of a bar for its trainees."
        testId="chart-team"
        chart={<AttainedChart rows={teams} title="Level attained per team" onOpen={openTeam} />}
        table={<AttainedTable rows={teams} what="Team" onOpen={openTeam} testId="team-table" />}
      />
      <ChartPanel
        title="Statements achieved per month"
        description="Check-offs in the last 12 months, by the date achieved. Click a month for its trainees."
        testId="chart-month"
        chart={<MonthChart rows={months} onOpen={openMonth} />}
        table={<MonthTable rows={months} onOpen={openMonth} />}
      />
      <DuePanel dashboard={dashboard} onOpen={onOpen} />
    </SimpleGrid>
  );
}
