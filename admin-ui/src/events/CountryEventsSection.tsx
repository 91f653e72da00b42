import { List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useCreatePath, useGetList, useLocale, useTranslate } from 'react-admin';
import { Link } from 'react-router';
import { formatDateTime } from '../common/format-date-time';
import { type EventRecord } from './event-record';

const MAX_SHOWN = 50;

/** The events of one country the user may see, upcoming first, then the past ones; for the country page. */
export const CountryEventsSection = ({ countryId }: { countryId: string }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const createPath = useCreatePath();
  const { data } = useGetList<EventRecord>('events', {
    pagination: { page: 1, perPage: MAX_SHOWN },
    sort: { field: 'startsAt', order: 'DESC' },
    filter: { countryId },
  });
  const now = new Date().toISOString();
  const events = data ?? [];
  const upcoming = events.filter((event) => event.endsAt >= now).reverse();
  const past = events.filter((event) => event.endsAt < now);
  const group = (title: string, list: EventRecord[]) => (
    <>
      <Typography component="h3" variant="subtitle1" sx={{ mt: 1 }}>
        {translate(title)}
      </Typography>
      {list.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.events.country.none')}
        </Typography>
      ) : (
        <List dense disablePadding>
          {list.map((event) => (
            <ListItemButton key={event.id} component={Link} to={createPath({ resource: 'events', type: 'show', id: event.id })}>
              <ListItemText
                primary={event.title}
                secondary={`${formatDateTime(event.startsAt, locale)} · ${translate(`resources.events.type.${event.type}`)} · ${translate(`resources.events.status.${event.status}`)}`}
              />
            </ListItemButton>
          ))}
        </List>
      )}
    </>
  );
  // The country page gives it its heading and frame, like its other sections.
  return (
    <div data-testid="country-events">
      {group('resources.events.country.upcoming', upcoming)}
      {group('resources.events.country.past', past)}
    </div>
  );
};
