import 'react-big-calendar/lib/css/react-big-calendar.css';
import { Box, Card, CardContent } from '@mui/material';
import { format, getDay, parse, startOfWeek } from 'date-fns';
import { enUS, es, fr } from 'date-fns/locale';
import { useEffect, useMemo, useState } from 'react';
import { Calendar, dateFnsLocalizer, Views, type View } from 'react-big-calendar';
import { CreateButton, Form, SelectInput, Title, TopToolbar, useCreatePath, useGetList, useLocale, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { useCanAccessResource } from '../auth/use-can-access';
import { CountryInput } from '../countries/CountryInput';
import { REGION_CHOICES } from '../countries/country-record';
import { EVENT_TYPE_CHOICES, EVENT_TYPE_COLOURS, type EventRecord } from './event-record';

const localizer = dateFnsLocalizer({ format, parse, startOfWeek, getDay, locales: { en: enUS, es, fr } });

/** A month with its spill-over weeks, or the agenda's month, holds far fewer events than this. */
const WINDOW_EVENTS = 1000;
const VIEWS: View[] = [Views.MONTH, Views.WEEK, Views.AGENDA];
// The component's own grey for the days of the next and previous months is too faint to read (WCAG contrast).
const CALENDAR_SX = {
  height: { xs: 560, md: 720 },
  minWidth: 0,
  overflowX: 'auto',
  '& .rbc-off-range': { color: '#555' },
  '& .rbc-off-range-bg': { backgroundColor: '#f0f0f0' },
} as const;

type CalendarEntry = { title: string; start: Date; end: Date; allDay: boolean; resource: EventRecord };
type Filters = { countryId?: string | null; region?: string | null; type?: string | null };

const day = (date: Date): string => format(date, 'yyyy-MM-dd');

/** The dates a view of `date` may show, with a week's margin on both sides for the month's spill-over days. */
function windowOf(date: Date): { from: string; until: string } {
  return { from: day(new Date(date.getFullYear(), date.getMonth(), -7)), until: day(new Date(date.getFullYear(), date.getMonth() + 1, 8)) };
}

/** A whole-day event is stored from UTC midnight to UTC midnight: it is shown on that date wherever the viewer is. */
const localDay = (iso: string): Date => new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

const toEntry = (event: EventRecord): CalendarEntry => ({
  title: event.title,
  start: event.allDay ? localDay(event.startsAt) : new Date(event.startsAt),
  end: event.allDay ? localDay(event.endsAt) : new Date(event.endsAt),
  allDay: event.allDay,
  resource: event,
});

/** Passes the filter form's values up as they change. */
const FilterValues = ({ onChange }: { onChange: (filters: Filters) => void }) => {
  const [countryId, region, type] = useWatch({ name: ['countryId', 'region', 'type'] }) as Array<string | null | undefined>;
  useEffect(() => onChange({ countryId, region, type }), [countryId, region, type, onChange]);
  return null;
};

const CalendarFilters = ({ onChange }: { onChange: (filters: Filters) => void }) => (
  <Form>
    <Box sx={{ display: 'flex', columnGap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }} data-testid="calendar-filters">
      <Box sx={{ minWidth: 260 }}>
        <CountryInput source="countryId" label="resources.events.fields.countryId" helperText={false} />
      </Box>
      <SelectInput
        source="region"
        label="resources.events.fields.region"
        choices={REGION_CHOICES}
        helperText={false}
        fullWidth={false}
        sx={{ minWidth: 200 }}
      />
      <SelectInput
        source="type"
        label="resources.events.fields.type"
        choices={EVENT_TYPE_CHOICES}
        helperText={false}
        fullWidth={false}
        sx={{ minWidth: 220 }}
      />
      <FilterValues onChange={onChange} />
    </Box>
  </Form>
);

/** The campaign calendar: the events the user may see by month, week or agenda, filtered by country, region and type. */
export const EventCalendar = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const canCreate = useCanAccessResource('events', 'create');
  const [date, setDate] = useState(() => new Date());
  const [view, setView] = useState<View>(Views.MONTH);
  const [filters, setFilters] = useState<Filters>({});
  const filter = useMemo(() => {
    const chosen = Object.fromEntries(Object.entries(filters).filter(([, value]) => typeof value === 'string' && value !== ''));
    return { ...chosen, ...windowOf(date) };
  }, [filters, date]);
  const { data } = useGetList<EventRecord>('events', { pagination: { page: 1, perPage: WINDOW_EVENTS }, sort: { field: 'startsAt', order: 'ASC' }, filter });
  const entries = useMemo(() => (data ?? []).map(toEntry), [data]);
  const messages = useMemo(
    () => ({
      today: translate('resources.events.calendar.today'),
      previous: translate('resources.events.calendar.previous'),
      next: translate('resources.events.calendar.next'),
      month: translate('resources.events.calendar.month'),
      week: translate('resources.events.calendar.week'),
      day: translate('resources.events.calendar.day'),
      agenda: translate('resources.events.calendar.agenda'),
      date: translate('resources.events.calendar.date'),
      time: translate('resources.events.calendar.time'),
      event: translate('resources.events.calendar.event'),
      allDay: translate('resources.events.calendar.allDay'),
      noEventsInRange: translate('resources.events.calendar.noEventsInRange'),
      showMore: (count: number) => translate('resources.events.calendar.showMore', { count }),
    }),
    [translate],
  );
  return (
    // Capped at the screen's width: the month grid's natural width would otherwise widen the whole layout on a phone.
    <Box sx={{ mt: 1, width: '100%', maxWidth: '100vw' }}>
      <Title title="resources.events.calendar.title" />
      <TopToolbar>{canCreate && <CreateButton resource="events" />}</TopToolbar>
      <Card>
        <CardContent>
          <CalendarFilters onChange={setFilters} />
          <Box sx={CALENDAR_SX} data-testid="event-calendar">
            <Calendar<CalendarEntry>
              localizer={localizer}
              culture={locale}
              events={entries}
              views={VIEWS}
              view={view}
              onView={setView}
              date={date}
              onNavigate={setDate}
              messages={messages}
              popup
              onSelectEvent={(entry) => navigate(createPath({ resource: 'events', type: 'show', id: entry.resource.id }))}
              eventPropGetter={(entry) => ({
                style: { backgroundColor: EVENT_TYPE_COLOURS[entry.resource.type], opacity: entry.resource.status === 'cancelled' ? 0.6 : 1 },
              })}
            />
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
};
