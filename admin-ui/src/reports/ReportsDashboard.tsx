import { useEffect, useState, type FormEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  MenuItem,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { Link, useLocale, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router';
import { REGIONS, type Region } from '@contract/countries/country.contract';
import { countryNameIn } from './country-name';
import { ActivityTrendChart, StatusByRegionChart, TreatyTimelineChart } from './ReportCharts';
import type { ReportOverview } from './report-types';
import { useOverview, useReportFilters, type ReportFilters } from './use-report';
import { WorldMap, type MapCountry } from './WorldMap';

/** The resource whose page shows a follow-up of each kind. */
const FOLLOW_UP_RESOURCES: Readonly<Record<ReportOverview['overdueFollowUps'][number]['kind'], string>> = {
  events: 'events',
  lobbyingActions: 'lobbying-actions',
  testimonies: 'testimonies',
};

const isRegion = (value: string): value is Region => REGIONS.some((region) => region === value);

const Section = ({ title, children, id }: { title: string; children: React.ReactNode; id?: string }) => (
  <Card component="section" aria-labelledby={id} sx={{ minWidth: 0 }}>
    <CardContent>
      <Typography id={id} variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </CardContent>
  </Card>
);

const FilterBar = ({ filters, onChange, period }: { filters: ReportFilters; onChange: (next: ReportFilters) => void; period?: ReportOverview['period'] }) => {
  const translate = useTranslate();
  const [draft, setDraft] = useState<ReportFilters>(filters);
  useEffect(() => setDraft({ ...filters, from: filters.from ?? period?.from, to: filters.to ?? period?.to }), [filters, period?.from, period?.to]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(draft);
  };
  return (
    <Box
      component="form"
      onSubmit={submit}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center' }}
      aria-label={translate('resources.reports.dashboard.title')}
    >
      <TextField
        size="small"
        type="date"
        label={translate('resources.reports.filters.from')}
        fullWidth={false}
        sx={{ width: 170 }}
        value={draft.from ?? ''}
        onChange={(event) => setDraft({ ...draft, from: event.target.value || undefined })}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <TextField
        size="small"
        type="date"
        label={translate('resources.reports.filters.to')}
        fullWidth={false}
        sx={{ width: 170 }}
        value={draft.to ?? ''}
        onChange={(event) => setDraft({ ...draft, to: event.target.value || undefined })}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <TextField
        size="small"
        select
        label={translate('resources.reports.filters.region')}
        value={draft.region ?? ''}
        onChange={(event) => setDraft({ ...draft, region: isRegion(event.target.value) ? event.target.value : undefined })}
        fullWidth={false}
        sx={{ width: 190 }}
      >
        <MenuItem value="">{translate('resources.reports.filters.all_regions')}</MenuItem>
        {REGIONS.filter((region) => region !== 'Other').map((region) => (
          <MenuItem key={region} value={region}>
            {translate(`resources.countries.regions.${region}`)}
          </MenuItem>
        ))}
      </TextField>
      <Button type="submit" variant="contained">
        {translate('resources.reports.filters.apply')}
      </Button>
      <Button type="button" onClick={() => onChange({})}>
        {translate('resources.reports.filters.reset')}
      </Button>
    </Box>
  );
};

const Kpi = ({ label, value, color }: { label: string; value: number; color?: string }) => (
  <Card sx={{ flex: '1 1 140px', borderTop: color ? `4px solid ${color}` : undefined }}>
    <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
      <Typography variant="h4" component="p" data-kpi={label}>
        {value}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
    </CardContent>
  </Card>
);

const Empty = ({ message }: { message: string }) => {
  const translate = useTranslate();
  return <Typography color="text.secondary">{translate(message)}</Typography>;
};

const LoadingState = () => (
  <Box sx={{ display: 'grid', gap: 2 }} aria-busy="true">
    <Skeleton variant="rounded" height={72} />
    <Skeleton variant="rounded" height={380} />
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
      <Skeleton variant="rounded" height={260} />
      <Skeleton variant="rounded" height={260} />
    </Box>
  </Box>
);

/** The steering committee's overview: map, charts and the lists that call for action, for the period and region in the URL. */
export const ReportsDashboard = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const navigate = useNavigate();
  const [filters, setFilters] = useReportFilters();
  const { data, isPending, error, refetch } = useOverview(filters);
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const day = (value: string) => dateFormat.format(new Date(value.length === 10 ? `${value}T00:00:00Z` : value));

  const mapCountries: MapCountry[] = (data?.countries ?? []).map((country) => ({
    iso3: country.iso3,
    name: countryNameIn(country, locale),
    opStatus: country.opStatus,
    marker: country.activity.total,
  }));
  const figuresOf = new Map((data?.countries ?? []).map((country) => [country.iso3, country]));
  const countryById = new Map((data?.countries ?? []).map((country) => [country.id, country]));
  const describe = (country: MapCountry): string => {
    const figures = figuresOf.get(country.iso3);
    return [
      `${country.name} — ${translate(`resources.reports.status.${country.opStatus}`)}`,
      translate('resources.reports.dashboard.tooltip_members', { count: figures?.members ?? 0 }),
      translate('resources.reports.dashboard.tooltip_activity', { count: figures?.activity.total ?? 0 }),
    ].join('\n');
  };

  return (
    <Box sx={{ display: 'grid', gap: 2, minWidth: 0 }} data-testid="reports-dashboard">
      <Box>
        <Typography variant="h5" component="h1">
          {translate('resources.reports.dashboard.title')}
        </Typography>
        <Typography color="text.secondary">{translate('resources.reports.dashboard.subtitle')}</Typography>
      </Box>
      <FilterBar filters={filters} onChange={setFilters} period={data?.period} />
      {error ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={refetch}>
              {translate('resources.reports.dashboard.retry')}
            </Button>
          }
        >
          {translate('resources.reports.dashboard.error')} {error instanceof Error ? error.message : ''}
        </Alert>
      ) : null}
      {isPending ? <LoadingState /> : null}
      {data ? (
        <>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
            <Kpi
              label={translate('resources.reports.dashboard.kpi_parties')}
              value={data.countriesByOpStatus.ratified + data.countriesByOpStatus.acceded}
              color="#1d5fa8"
            />
            <Kpi label={translate('resources.reports.dashboard.kpi_signed')} value={data.countriesByOpStatus.signed} color="#e9a227" />
            <Kpi label={translate('resources.reports.dashboard.kpi_none')} value={data.countriesByOpStatus.none} color="#cfd5dc" />
            <Kpi label={translate('resources.reports.dashboard.kpi_activity')} value={data.activity.total} color="#c43626" />
          </Box>
          <Section title={translate('resources.reports.dashboard.map_title')} id="report-map-title">
            <WorldMap
              countries={mapCountries}
              statusLabels={{
                none: translate('resources.reports.status.none'),
                signed: translate('resources.reports.status.signed'),
                ratified: translate('resources.reports.status.ratified'),
                acceded: translate('resources.reports.status.acceded'),
              }}
              title={translate('resources.reports.dashboard.map_title')}
              legendTitle={translate('resources.reports.dashboard.map_legend')}
              markerLabel={translate('resources.reports.dashboard.map_marker')}
              describe={describe}
              onSelect={(iso3) => {
                const country = figuresOf.get(iso3);
                if (country) void navigate(`/countries/${country.id}/show`);
              }}
            />
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {translate('resources.reports.dashboard.map_hint')}{' '}
              {translate('resources.reports.dashboard.counted', {
                kinds: data.countedActivity.map((kind) => translate(`resources.reports.dashboard.series_${kind}`)).join(', '),
              })}
            </Typography>
          </Section>
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr 1fr' } }}>
            <Section title={translate('resources.reports.dashboard.chart_timeline')}>
              <TreatyTimelineChart timeline={data.treatyTimeline} />
            </Section>
            <Section title={translate('resources.reports.dashboard.chart_regions')}>
              <StatusByRegionChart regions={data.byRegion} />
            </Section>
            <Section title={translate('resources.reports.dashboard.chart_trend')}>
              <ActivityTrendChart trend={data.activityTrend} counted={data.countedActivity} />
            </Section>
          </Box>
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
            <Section title={translate('resources.reports.dashboard.no_activity')} id="report-no-activity">
              {data.noActivity.length === 0 ? (
                <Empty message="resources.reports.dashboard.no_activity_empty" />
              ) : (
                <Box sx={{ overflowX: 'auto' }}>
                  <Table size="small" aria-labelledby="report-no-activity">
                    <TableHead>
                      <TableRow>
                        <TableCell>{translate('resources.reports.columns.country')}</TableCell>
                        <TableCell>{translate('resources.reports.columns.status')}</TableCell>
                        <TableCell align="right">{translate('resources.reports.columns.members')}</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {data.noActivity.map((country) => (
                        <TableRow key={country.id}>
                          <TableCell>
                            <Link to={`/reports/${country.iso3}/show`}>{countryNameIn(country, locale)}</Link>
                          </TableCell>
                          <TableCell>{translate(`resources.reports.status.${country.opStatus}`)}</TableCell>
                          <TableCell align="right">{country.members}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </Box>
              )}
            </Section>
            <Section title={translate('resources.reports.dashboard.upcoming_reviews')} id="report-upcoming">
              {data.upcomingReviews.length + data.upcomingSessions.length === 0 ? (
                <Empty message="resources.reports.dashboard.upcoming_empty" />
              ) : (
                <Box sx={{ overflowX: 'auto' }}>
                  <Table size="small" aria-labelledby="report-upcoming">
                    <TableHead>
                      <TableRow>
                        <TableCell>{translate('resources.reports.columns.date')}</TableCell>
                        <TableCell>{translate('resources.reports.columns.country')}</TableCell>
                        <TableCell>{translate('resources.reports.columns.what')}</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {[
                        ...data.upcomingReviews.map((review) => ({
                          key: `review-${review.id}`,
                          date: review.nextUprReviewAt,
                          country: review,
                          what: translate('resources.reports.dashboard.review'),
                        })),
                        ...data.upcomingSessions.map((session) => ({
                          key: `session-${session.eventId}`,
                          date: session.startsAt,
                          country: session.country,
                          what: session.title,
                        })),
                      ]
                        .sort((a, b) => a.date.localeCompare(b.date))
                        .map((row) => (
                          <TableRow key={row.key}>
                            <TableCell sx={{ whiteSpace: 'nowrap' }}>{day(row.date)}</TableCell>
                            <TableCell>
                              <Link to={`/reports/${row.country.iso3}/show`}>{countryNameIn(row.country, locale)}</Link>
                            </TableCell>
                            <TableCell>{row.what}</TableCell>
                          </TableRow>
                        ))}
                    </TableBody>
                  </Table>
                </Box>
              )}
            </Section>
          </Box>
          <Section title={translate('resources.reports.dashboard.overdue')} id="report-overdue">
            {data.overdueFollowUps.length === 0 ? (
              <Empty message="resources.reports.dashboard.overdue_empty" />
            ) : (
              <Box sx={{ overflowX: 'auto' }}>
                <Table size="small" aria-labelledby="report-overdue">
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate('resources.reports.columns.due')}</TableCell>
                      <TableCell>{translate('resources.reports.columns.country')}</TableCell>
                      <TableCell>{translate('resources.reports.columns.what')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {data.overdueFollowUps.map((item) => {
                      const country = item.countryId === null ? undefined : countryById.get(item.countryId);
                      return (
                        <TableRow key={item.id}>
                          <TableCell sx={{ whiteSpace: 'nowrap' }}>{day(item.dueAt)}</TableCell>
                          <TableCell>{country ? <Link to={`/reports/${country.iso3}/show`}>{countryNameIn(country, locale)}</Link> : '—'}</TableCell>
                          <TableCell>
                            <Link to={`/${FOLLOW_UP_RESOURCES[item.kind]}/${item.id}/show`}>{item.title}</Link>
                          </TableCell>
                        </TableRow>
                      );
                    })}
                  </TableBody>
                </Table>
              </Box>
            )}
          </Section>
        </>
      ) : null}
    </Box>
  );
};
