import { Button, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useCreatePath, useGetList, useLocale, useTranslate } from 'react-admin';
import { Link } from 'react-router';
import { formatDateTime } from '../common/format-date-time';
import type { TestimonyRecord } from './testimony-record';

const MAX_SHOWN = 10;

/** The latest testimonies of one country the user may see; for the country page. */
export const CountryTestimoniesSection = ({ countryId }: { countryId: string }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const createPath = useCreatePath();
  const { data, total } = useGetList<TestimonyRecord>('testimonies', {
    pagination: { page: 1, perPage: MAX_SHOWN },
    sort: { field: 'createdAt', order: 'DESC' },
    filter: { countryId },
  });
  const testimonies = data ?? [];
  if (testimonies.length === 0) {
    return <Typography color="text.secondary">{translate('resources.testimonies.country.none')}</Typography>;
  }
  const rights = (record: TestimonyRecord) => record.rightsAffected.map((right) => translate(`resources.testimonies.rights.${right}`)).join(', ');
  return (
    <div data-testid="country-testimonies">
      <List dense disablePadding>
        {testimonies.map((record) => (
          <ListItemButton key={record.id} component={Link} to={createPath({ resource: 'testimonies', type: 'show', id: record.id })}>
            <ListItemText
              primary={record.publicTitle ?? rights(record)}
              secondary={`${formatDateTime(record.createdAt, locale)} · ${translate(`resources.testimonies.status.${record.status}`)}`}
            />
          </ListItemButton>
        ))}
      </List>
      {(total ?? 0) > MAX_SHOWN ? (
        <Button component={Link} to={`/testimonies?filter=${encodeURIComponent(JSON.stringify({ countryId }))}`} size="small">
          {translate('resources.testimonies.country.more')}
        </Button>
      ) : null}
    </div>
  );
};
