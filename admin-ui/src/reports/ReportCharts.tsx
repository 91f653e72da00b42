import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { OP_STATUSES } from '@contract/countries/country.contract';
import { STATUS_COLORS } from './map-colors';
import type { ReportOverview } from './report-types';

const HEIGHT = 260;
const axis = { fontSize: 12 };
/** Legend entries in the text colour (recharts writes them in the series colour, too pale for the light grey of "not signed"). */
const legendText = (value: string) => <span style={{ color: '#1c2733' }}>{value}</span>;

/** Signatures and ratifications per year, with the running number of states parties. */
export const TreatyTimelineChart = ({ timeline }: { timeline: ReportOverview['treatyTimeline'] }) => {
  const translate = useTranslate();
  let parties = 0;
  const data = timeline.map((row) => {
    parties += row.ratifications;
    return { ...row, parties };
  });
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <ComposedChart data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e3e8ee" />
        <XAxis dataKey="year" tick={axis} />
        <YAxis allowDecimals={false} tick={axis} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
        <Bar dataKey="signatures" name={translate('resources.reports.dashboard.series_signatures')} fill={STATUS_COLORS.signed} />
        <Bar dataKey="ratifications" name={translate('resources.reports.dashboard.series_ratifications')} fill={STATUS_COLORS.ratified} />
        <Line
          type="stepAfter"
          dataKey="parties"
          name={translate('resources.reports.dashboard.series_cumulative')}
          stroke="#1c2733"
          dot={false}
          strokeWidth={2}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
};

/** Countries per status in each region, stacked. */
export const StatusByRegionChart = ({ regions }: { regions: ReportOverview['byRegion'] }) => {
  const translate = useTranslate();
  const data = regions.map((row) => ({ region: translate(`resources.countries.regions.${row.region}`), ...row.countriesByOpStatus }));
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <BarChart data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e3e8ee" />
        <XAxis dataKey="region" tick={{ fontSize: 11 }} interval={0} angle={-35} textAnchor="end" height={56} />
        <YAxis allowDecimals={false} tick={axis} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
        {[...OP_STATUSES].reverse().map((status) => (
          <Bar key={status} dataKey={status} stackId="status" name={translate(`resources.reports.status.${status}`)} fill={STATUS_COLORS[status]} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
};

const KIND_COLORS = { events: '#1d5fa8', lobbyingActions: '#c43626', testimonies: '#6b4fa3' } as const;

/** Activity per month of the period, one series per counted kind. */
export const ActivityTrendChart = ({ trend, counted }: { trend: ReportOverview['activityTrend']; counted: ReportOverview['countedActivity'] }) => {
  const translate = useTranslate();
  if (trend.length === 0) return <Typography color="text.secondary">{translate('resources.reports.dashboard.trend_empty')}</Typography>;
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <BarChart data={trend} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e3e8ee" />
        <XAxis dataKey="month" tick={axis} />
        <YAxis allowDecimals={false} tick={axis} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
        {counted.map((kind) => (
          <Bar key={kind} dataKey={kind} stackId="activity" name={translate(`resources.reports.dashboard.series_${kind}`)} fill={KIND_COLORS[kind]} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
};
