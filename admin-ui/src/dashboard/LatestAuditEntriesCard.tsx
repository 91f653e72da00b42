import { Alert, Card, CardActions, CardContent, List, ListItem, ListItemButton, ListItemText, Skeleton, Typography } from '@mui/material';
import { Button, Link, useCreatePath, useGetList, useLocale, useTranslate } from 'react-admin';
import type { AuditEntryRecord } from '../audit-entries/audit-entry-record';
import { AuditEntrySummary } from '../audit-entries/AuditEntrySummary';

const LATEST_COUNT = 5;

export const LatestAuditEntriesCard = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const createPath = useCreatePath();
  const { data, isPending, error } = useGetList<AuditEntryRecord>('audit-entries', {
    pagination: { page: 1, perPage: LATEST_COUNT },
    sort: { field: 'createdAt', order: 'DESC' },
  });

  const content = () => {
    if (isPending) {
      return Array.from({ length: 3 }, (_, index) => <Skeleton key={index} height={48} />);
    }
    if (error) return <Alert severity="warning">{translate('app.dashboard.changes_error')}</Alert>;
    if (!data || data.length === 0) {
      return (
        <Typography variant="body2" color="text.secondary" data-testid="latest-changes-empty">
          {translate('app.dashboard.no_changes')}
        </Typography>
      );
    }
    return (
      <List dense disablePadding>
        {data.map((entry) => (
          <ListItem key={entry.id} disablePadding>
            <ListItemButton component={Link} to={createPath({ resource: 'audit-entries', type: 'show', id: entry.id })}>
              <ListItemText
                primary={<AuditEntrySummary entry={entry} />}
                secondary={`${entry.userEmail ?? translate('resources.audit-entries.system')} · ${new Date(entry.createdAt).toLocaleString(locale)}`}
              />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    );
  };

  return (
    <Card component="section" aria-labelledby="latest-changes-title" data-testid="latest-changes">
      <CardContent>
        <Typography id="latest-changes-title" component="h2" variant="h6" gutterBottom>
          {translate('app.dashboard.latest_changes')}
        </Typography>
        {content()}
      </CardContent>
      <CardActions>
        <Button component={Link} to={createPath({ resource: 'audit-entries', type: 'list' })} label="app.dashboard.all_changes" />
      </CardActions>
    </Card>
  );
};
