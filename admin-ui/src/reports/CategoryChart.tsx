import { AxisBottom, AxisLeft } from '@visx/axis';
import { curveStepAfter } from '@visx/curve';
import { GridRows } from '@visx/grid';
import { Group } from '@visx/group';
import { ParentSize } from '@visx/responsive';
import { scaleBand, scaleLinear } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { Box } from '@mui/material';

const HEIGHT = 260;
const TEXT = '#1c2733';
const GRID = '#e3e8ee';
const tickLabel = { fontSize: 12, fill: TEXT, fontFamily: 'inherit' } as const;

/** One series of bars: which number of a row it draws, how it is named and its colour. */
export interface ChartSeries<Key extends string> {
  key: Key;
  label: string;
  color: string;
}

export interface CategoryChartProps<Key extends string, Row extends { [key in Key]: number }> {
  /** What the chart shows, for screen readers (the card's heading says it to everyone else). */
  title: string;
  rows: readonly Row[];
  category: (row: Row) => string;
  series: ReadonlyArray<ChartSeries<Key>>;
  /** Bars of a row side by side, or stacked into one. */
  layout: 'grouped' | 'stacked';
  /** A running figure drawn as a step line over the bars. */
  line?: { label: string; color: string; value: (row: Row) => number };
  /** Long category names written at a slant so that each stays readable. */
  slantedLabels?: boolean;
}

/**
 * A bar chart over categories (years, regions, months) drawn as SVG with
 * visx's scales, axes and line: each bar carries its value as a tooltip
 * (`<title>`), and the legend is plain text beneath the chart.
 */
export function CategoryChart<Key extends string, Row extends { [key in Key]: number }>(props: CategoryChartProps<Key, Row>) {
  const { series, line } = props;
  return (
    <Box component="figure" sx={{ m: 0 }}>
      <Box sx={{ height: HEIGHT }}>
        <ParentSize debounceTime={50}>{({ width }) => (width > 0 ? <ChartBody {...props} width={width} /> : null)}</ParentSize>
      </Box>
      <Box
        component="figcaption"
        sx={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'center', columnGap: 1.5, rowGap: 0.25, mt: 0.5, fontSize: 12, color: TEXT }}
      >
        {series.map(({ key, label, color }) => (
          <Box key={key} component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
            <Box component="span" aria-hidden sx={{ width: 10, height: 10, bgcolor: color, display: 'inline-block' }} />
            {label}
          </Box>
        ))}
        {line ? (
          <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
            <Box component="span" aria-hidden sx={{ width: 14, height: 0, borderTop: `2px solid ${line.color}`, display: 'inline-block' }} />
            {line.label}
          </Box>
        ) : null}
      </Box>
    </Box>
  );
}

function ChartBody<Key extends string, Row extends { [key in Key]: number }>({
  title,
  rows,
  category,
  series,
  layout,
  line,
  slantedLabels = false,
  width,
}: CategoryChartProps<Key, Row> & { width: number }) {
  const margin = { top: 8, right: 8, bottom: slantedLabels ? 56 : 24, left: 36 };
  const innerWidth = Math.max(0, width - margin.left - margin.right);
  const innerHeight = HEIGHT - margin.top - margin.bottom;
  const categories = rows.map(category);
  const x = scaleBand<string>({ domain: categories, range: [0, innerWidth], padding: 0.2 });
  const totals = rows.map((row) => series.reduce((sum, { key }) => (layout === 'stacked' ? sum + row[key] : Math.max(sum, row[key])), 0));
  const highest = Math.max(1, ...totals, ...(line ? rows.map(line.value) : []));
  const y = scaleLinear<number>({ domain: [0, highest], range: [innerHeight, 0], nice: true });
  const yTicks = y.ticks(5).filter((tick) => Number.isInteger(tick));
  const inner = scaleBand<string>({ domain: series.map(({ key }) => key), range: [0, x.bandwidth()], padding: 0.1 });
  // As many category labels as fit side by side (about 44 px each), evenly spread.
  const every = slantedLabels ? 1 : Math.max(1, Math.ceil(categories.length / Math.max(1, Math.floor(innerWidth / 44))));
  const xTicks = categories.filter((_, index) => index % every === 0);

  return (
    <svg width={width} height={HEIGHT} role="img" aria-label={title} data-chart="">
      <Group left={margin.left} top={margin.top}>
        <GridRows scale={y} width={innerWidth} tickValues={yTicks} stroke={GRID} strokeDasharray="3 3" />
        {rows.map((row, index) => {
          const name = categories[index] ?? '';
          const left = x(name) ?? 0;
          let base = 0;
          return (
            <Group key={name} left={left}>
              {series.map(({ key, label, color }) => {
                const value = row[key];
                if (value <= 0) return null;
                const top = y(layout === 'stacked' ? base + value : value);
                const bottom = y(layout === 'stacked' ? base : 0);
                if (layout === 'stacked') base += value;
                return (
                  <rect
                    key={key}
                    data-series={key}
                    x={layout === 'stacked' ? 0 : (inner(key) ?? 0)}
                    y={top}
                    width={layout === 'stacked' ? x.bandwidth() : inner.bandwidth()}
                    height={Math.max(0, bottom - top)}
                    fill={color}
                  >
                    <title>{`${name} · ${label}: ${value}`}</title>
                  </rect>
                );
              })}
            </Group>
          );
        })}
        {line ? (
          <LinePath<Row>
            data={[...rows]}
            x={(row) => (x(category(row)) ?? 0) + x.bandwidth() / 2}
            y={(row) => y(line.value(row))}
            curve={curveStepAfter}
            stroke={line.color}
            strokeWidth={2}
          />
        ) : null}
        <AxisLeft scale={y} tickValues={yTicks} tickFormat={(value) => String(value)} stroke={GRID} tickStroke={GRID} tickLabelProps={tickLabel} />
        <AxisBottom
          top={innerHeight}
          scale={x}
          tickValues={xTicks}
          stroke={GRID}
          tickStroke={GRID}
          tickLabelProps={slantedLabels ? { ...tickLabel, fontSize: 11, angle: -35, textAnchor: 'end', dy: '-0.2em' } : tickLabel}
        />
      </Group>
    </svg>
  );
}
