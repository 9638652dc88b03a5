import { BarChart } from '@mantine/charts';
import { Table, Text } from '@mantine/core';
import { ATTAINED_SERIES, barChartHeight, chartSvgLabel, type AttainedKey, type AttainedRow } from './dashboardCharts';
import { FigureButton } from './FigureButton';

/** Recharts hands a bar's click the row it was drawn from. */
interface ClickedBar {
  payload?: AttainedRow;
}

/** The level each plan has attained, one stacked bar per framework or team; a segment opens its trainees. */
export function AttainedChart({
  rows,
  title,
  onOpen,
}: {
  rows: AttainedRow[];
  /** The panel's title, which the svg repeats as its name. */
  title: string;
  onOpen: (row: AttainedRow, attained: AttainedKey | null) => void;
}) {
  if (rows.length === 0) {
    return <Text c="dimmed">No plans match the filters.</Text>;
  }
  const summary = rows
    .map((r) => `${r.label}: ${ATTAINED_SERIES.map((s) => `${s.label} ${String(r[s.name])}`).join(', ')}`)
    .join('; ');
  return (
    <BarChart
      h={barChartHeight(rows.length)}
      data={rows}
      dataKey="label"
      type="stacked"
      orientation="vertical"
      series={ATTAINED_SERIES}
      withLegend
      // In level order, not recharts' alphabetical default.
      legendProps={{ verticalAlign: 'bottom', itemSorter: null }}
      gridAxis="y"
      tickLine="none"
      // A long framework title wraps in the room the axis gives it instead of running under the bars.
      yAxisProps={{ width: 190, interval: 0 }}
      xAxisProps={{ allowDecimals: false }}
      valueFormatter={(value) => value.toLocaleString()}
      barProps={(series) => ({
        cursor: 'pointer',
        className: `attained-bar attained-${series.name}`,
        onClick: (bar: ClickedBar) => {
          if (bar.payload) onOpen(bar.payload, series.name as AttainedKey);
        },
      })}
      barChartProps={chartSvgLabel(`${title}. ${summary}`)}
    />
  );
}

/** The same figures as the chart, each count a button to the trainees behind it. */
export function AttainedTable({
  rows,
  what,
  onOpen,
  testId,
}: {
  rows: AttainedRow[];
  /** What a row is, in words: "Framework", "Team". */
  what: string;
  onOpen: (row: AttainedRow, attained: AttainedKey | null) => void;
  testId: string;
}) {
  return (
    <Table striped withTableBorder fz="sm" data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{what}</Table.Th>
          {ATTAINED_SERIES.map((s) => (
            <Table.Th scope="col" key={s.name} ta="right">
              {s.label}
            </Table.Th>
          ))}
          <Table.Th scope="col" ta="right">
            All plans
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key} data-testid="attained-row">
            <Table.Th scope="row" fw={500}>
              {row.label}
            </Table.Th>
            {ATTAINED_SERIES.map((s) => (
              <Table.Td key={s.name} ta="right">
                <FigureButton
                  count={row[s.name]}
                  label={`${row.label}, ${s.label}`}
                  onOpen={() => onOpen(row, s.name)}
                />
              </Table.Td>
            ))}
            <Table.Td ta="right">
              <FigureButton count={row.plans} label={`${row.label}, all plans`} onOpen={() => onOpen(row, null)} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
