import { useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { OP_STATUSES } from '@contract/countries/country.contract';
import { CategoryChart } from './CategoryChart';
import { STATUS_COLORS } from './map-colors';
import type { ReportOverview } from './report-types';

/** Signatures and ratifications per year, with the running number of states parties. */
export const TreatyTimelineChart = ({ timeline }: { timeline: ReportOverview['treatyTimeline'] }) => {
  const translate = useTranslate();
  let parties = 0;
  const rows = timeline.map((row) => {
    parties += row.ratifications;
    return { ...row, parties };
  });
  return (
    <CategoryChart
      title={translate('resources.reports.dashboard.chart_timeline')}
      rows={rows}
      category={(row) => String(row.year)}
      layout="grouped"
      series={[
        { key: 'signatures', label: translate('resources.reports.dashboard.series_signatures'), color: STATUS_COLORS.signed },
        { key: 'ratifications', label: translate('resources.reports.dashboard.series_ratifications'), color: STATUS_COLORS.ratified },
      ]}
      line={{ label: translate('resources.reports.dashboard.series_cumulative'), color: '#1c2733', value: (row) => row.parties }}
    />
  );
};

/** Countries per status in each region, stacked. */
export const StatusByRegionChart = ({ regions }: { regions: ReportOverview['byRegion'] }) => {
  const translate = useTranslate();
  return (
    <CategoryChart
      title={translate('resources.reports.dashboard.chart_regions')}
      rows={regions.map((row) => ({ region: row.region, ...row.countriesByOpStatus }))}
      category={(row) => translate(`resources.countries.regions.${row.region}`)}
      layout="stacked"
      slantedLabels
      series={[...OP_STATUSES]
        .reverse()
        .map((status) => ({ key: status, label: translate(`resources.reports.status.${status}`), color: STATUS_COLORS[status] }))}
    />
  );
};

const KIND_COLORS = { events: '#1d5fa8', lobbyingActions: '#c43626', testimonies: '#6b4fa3' } as const;

/** Activity per month of the period, one series per counted kind. */
export const ActivityTrendChart = ({ trend, counted }: { trend: ReportOverview['activityTrend']; counted: ReportOverview['countedActivity'] }) => {
  const translate = useTranslate();
  if (trend.length === 0) return <Typography color="text.secondary">{translate('resources.reports.dashboard.trend_empty')}</Typography>;
  return (
    <CategoryChart
      title={translate('resources.reports.dashboard.chart_trend')}
      rows={trend}
      category={(row) => row.month}
      layout="stacked"
      series={counted.map((kind) => ({ key: kind, label: translate(`resources.reports.dashboard.series_${kind}`), color: KIND_COLORS[kind] }))}
    />
  );
};
