import type { ReactNode } from 'react';
import {
  Alert,
  Box,
  Button,
  ButtonGroup,
  Card,
  CardContent,
  GlobalStyles,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import { Title, useLocale, useNotify, useTranslate } from 'react-admin';
import { useParams } from 'react-router';
import { COUNTRY_REPORT_TABLES, type CountryReportTable } from '@contract/reports/report.contract';
import { DownloadError, downloadFile } from '../common/download-csv';
import { API_URL } from '../data/data-provider';
import { countryNameIn } from './country-name';
import { queryString, useCountryReport, useReportFilters } from './use-report';

/** On paper: no menu, bar or buttons; sections kept whole where they fit. */
const printStyles = (
  <GlobalStyles
    styles={{
      '@media print': {
        '.RaAppBar-root, .RaSidebar-root, header, nav, .no-print': { display: 'none !important' },
        '.RaLayout-content': { padding: '0 !important' },
        body: { background: '#ffffff !important' },
        '.report-section': { breakInside: 'avoid', boxShadow: 'none !important', border: '1px solid #cfd5dc' },
        '@page': { size: 'A4', margin: '14mm' },
      },
    }}
  />
);

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Card component="section" className="report-section" sx={{ minWidth: 0 }}>
    <CardContent>
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </CardContent>
  </Card>
);

const Fact = ({ label, value }: { label: string; value: ReactNode }) => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '16rem 1fr' }, gap: { xs: 0, sm: 1 }, py: 0.5 }}>
    <Typography component="dt" color="text.secondary">
      {label}
    </Typography>
    <Typography component="dd" sx={{ m: 0 }}>
      {value}
    </Typography>
  </Box>
);

/** The printable country report for a steering meeting, with its PDF and the CSV of each table. */
export const CountryReportPage = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const { id = '' } = useParams<{ id: string }>();
  const [filters] = useReportFilters();
  const { data, isPending, error } = useCountryReport(id, filters);
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const day = (value: string | null) => (value ? dateFormat.format(new Date(value.length === 10 ? `${value}T00:00:00Z` : value)) : '—');
  const yesNo = (value: boolean | null) => translate(`resources.reports.country.${value === null ? 'unknown' : value ? 'yes' : 'no'}`);
  const nothing = <Typography color="text.secondary">{translate('resources.reports.country.none')}</Typography>;
  const query = queryString({ from: filters.from, to: filters.to });

  const download = (path: string, name: string, search = query) => {
    downloadFile(`${API_URL}/reports/countries/${encodeURIComponent(id)}/${path}${search}`, name).catch((failure: unknown) =>
      notify(failure instanceof DownloadError ? failure.message : 'app.errors.server', { type: 'error' }),
    );
  };

  if (isPending)
    return (
      <Box sx={{ display: 'grid', gap: 2, mt: 2 }} aria-busy="true">
        <Skeleton variant="rounded" height={60} />
        <Skeleton variant="rounded" height={260} />
      </Box>
    );
  if (error || !data)
    return (
      <Alert severity="error" sx={{ mt: 2 }}>
        {translate('resources.reports.country.not_found')}
      </Alert>
    );

  const { country } = data;
  const name = countryNameIn(country, locale);
  return (
    <Box sx={{ display: 'grid', gap: 2, mt: 2, maxWidth: 1100 }} data-testid="country-report">
      {printStyles}
      <Title title={translate('resources.reports.country.title', { name })} />
      <Box>
        <Typography variant="h4" component="h1">
          {translate('resources.reports.country.title', { name })}
        </Typography>
        <Typography color="text.secondary">
          {country.iso3} · {country.region} / {country.subregion} ·{' '}
          {translate('resources.reports.country.period', { from: day(data.period.from), to: day(data.period.to) })}
        </Typography>
      </Box>
      <Box className="no-print" sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()}>
          {translate('resources.reports.country.print')}
        </Button>
        <Button
          variant="outlined"
          startIcon={<DownloadIcon />}
          onClick={() => download('report.pdf', `country-report-${country.iso3}.pdf`, `${query || '?'}${query ? '&' : ''}lang=${locale}`)}
        >
          {translate('resources.reports.country.pdf')}
        </Button>
        <ButtonGroup variant="text" aria-label={translate('resources.reports.country.csv')}>
          {COUNTRY_REPORT_TABLES.map((table: CountryReportTable) => (
            <Button key={table} onClick={() => download(`csv/${table}`, `country-report-${country.iso3}-${table}.csv`)}>
              {translate('resources.reports.country.csv')} · {translate(`resources.reports.country.${table === 'steps' ? 'pipeline' : table}`)}
            </Button>
          ))}
        </ButtonGroup>
      </Box>
      <Section title={translate('resources.reports.country.treaty')}>
        <Box component="dl" sx={{ m: 0 }}>
          <Fact label={translate('resources.reports.country.op_status')} value={<strong>{translate(`resources.reports.status.${country.opStatus}`)}</strong>} />
          <Fact label={translate('resources.reports.country.signed')} value={day(country.opSignedAt)} />
          <Fact label={translate('resources.reports.country.ratified')} value={day(country.opRatifiedAt)} />
          <Fact label={translate('resources.reports.country.icescr')} value={yesNo(country.icescrParty)} />
          <Fact
            label={translate('resources.reports.country.position')}
            value={translate(`resources.countries.governmentPosition.${country.governmentPosition}`, { _: country.governmentPosition })}
          />
          <Fact label={translate('resources.reports.country.declarations')} value={`${yesNo(country.art10Declaration)} / ${yesNo(country.art11Declaration)}`} />
          <Fact label={translate('resources.reports.country.next_upr')} value={day(country.nextUprReviewAt)} />
          <Fact label={translate('resources.reports.country.mechanisms')} value={country.regionalMechanisms.join(', ') || '—'} />
          {country.statusSource ? <Fact label={translate('resources.reports.country.source')} value={country.statusSource} /> : null}
        </Box>
      </Section>
      <Section title={translate('resources.reports.country.activity')}>
        <Box component="dl" sx={{ m: 0 }}>
          {data.countedActivity.map((kind) => (
            <Fact key={kind} label={translate(`resources.reports.dashboard.series_${kind}`)} value={data.activity[kind]} />
          ))}
          <Fact label={translate('resources.reports.country.active_90')} value={yesNo(data.activeInLast90Days)} />
        </Box>
      </Section>
      <Section title={translate('resources.reports.country.pipeline')}>
        {data.steps.length === 0
          ? nothing
          : data.steps.map((step) => (
              <Typography key={`${step.stage}-${step.date ?? ''}`}>
                {translate(`resources.ratification-steps.stage.${step.stage}`, { _: step.stage })} —{' '}
                {translate(`resources.ratification-steps.status.${step.status}`, { _: step.status })}
                {step.date ? `, ${day(step.date)}` : ''}
                {step.note ? ` — ${step.note}` : ''}
              </Typography>
            ))}
      </Section>
      <Section title={translate('resources.reports.country.actions')}>
        {data.actions.length === 0
          ? nothing
          : data.actions.map((action) => (
              <Typography key={action.id}>
                {day(action.occurredOn)} · {translate(`resources.lobbying-actions.type.${action.type}`, { _: action.type.replace(/_/g, ' ') })} ·{' '}
                {translate(`resources.lobbying-actions.status.${action.status}`, { _: action.status.replace(/_/g, ' ') })} — {action.title}
              </Typography>
            ))}
      </Section>
      <Section title={translate('resources.reports.country.events')}>
        {data.events.length === 0 ? (
          nothing
        ) : (
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('resources.reports.columns.date')}</TableCell>
                  <TableCell>{translate('resources.reports.columns.what')}</TableCell>
                  <TableCell>{translate('resources.events.fields.status')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.events.map((event) => (
                  <TableRow key={event.id}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{day(event.startsAt)}</TableCell>
                    <TableCell>
                      {event.title}{' '}
                      <Typography component="span" variant="body2" color="text.secondary">
                        ({translate(`resources.events.type.${event.type}`)})
                      </Typography>
                    </TableCell>
                    <TableCell>{translate(`resources.events.status.${event.status}`)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </Section>
      <Section title={translate('resources.reports.country.history')}>
        {data.history.length === 0
          ? nothing
          : data.history.map((change, index) => (
              <Typography key={`${change.at}-${change.field}-${index}`}>
                {day(change.at)} · {translate(`resources.countries.fields.${change.field}`, { _: change.field })}: {change.fromValue ?? '—'} →{' '}
                {change.toValue ?? '—'}
                {change.source ? ` (${change.source})` : ''}
              </Typography>
            ))}
      </Section>
      <Section title={translate('resources.reports.country.members')}>
        {data.members.length === 0
          ? nothing
          : data.members.map((member) => (
              <Typography key={member.id}>
                {member.name}
                {member.acronym ? ` (${member.acronym})` : ''}
                {member.headquartered ? ` · ${translate('resources.reports.country.headquarters')}` : ''}
              </Typography>
            ))}
      </Section>
    </Box>
  );
};
