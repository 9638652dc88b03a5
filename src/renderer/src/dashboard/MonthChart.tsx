import { BarChart } from '@mantine/charts';
import { Table } from '@mantine/core';
import { chartSvgLabel, type MonthRow } from './dashboardCharts';
import { FigureButton } from './FigureButton';

interface ClickedMonth {
  payload?: MonthRow;
}

/** Statements achieved per month as columns: a column is easier to hit than a point on a line. */
export function MonthChart({ rows, onOpen }: { rows: MonthRow[]; onOpen: (row: MonthRow) => void }) {
  const summary = rows.map((r) => `${r.long}: ${String(r.achieved)}`).join(', ');
  return (
    <BarChart
      h={240}
      data={rows}
      dataKey="short"
      series={[{ name: 'achieved', label: 'Statements achieved', color: 'teal.6' }]}
      gridAxis="x"
      tickLine="none"
      xAxisProps={{ interval: 0 }}
      yAxisProps={{ allowDecimals: false, width: 52 }}
      valueFormatter={(value) => value.toLocaleString()}
      tooltipProps={{
        labelFormatter: (_label: unknown, payload: readonly { payload?: MonthRow }[]) =>
          payload[0]?.payload?.long ?? '',
      }}
      barProps={{
        cursor: 'pointer',
        className: 'month-bar',
        onClick: (bar: ClickedMonth) => {
          if (bar.payload && bar.payload.achieved > 0) onOpen(bar.payload);
        },
      }}
      barChartProps={chartSvgLabel(`Statements achieved per month. ${summary}`)}
    />
  );
}

export function MonthTable({ rows, onOpen }: { rows: MonthRow[]; onOpen: (row: MonthRow) => void }) {
  return (
    <Table striped withTableBorder fz="sm" data-testid="month-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Month</Table.Th>
          <Table.Th scope="col" ta="right">
            Statements achieved
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.month} data-testid="month-row">
            <Table.Th scope="row" fw={500}>
              {row.long}
            </Table.Th>
            <Table.Td ta="right">
              <FigureButton count={row.achieved} label={row.long} onOpen={() => onOpen(row)} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
