import { Box, Button, TextField, Typography } from '@mui/material';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useProviderQuery } from '../common/use-provider-query';
import type { AppDataProvider } from '../data/data-provider';

/** The address of the user's personal calendar feed, to copy into a calendar app, and a way to revoke it. */
export const CalendarFeedPanel = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data, refetch } = useProviderQuery('auth/calendar-token', (provider) => provider.getCalendarToken());
  if (!data) return null;
  const address = `${window.location.origin}/api/events/calendar.ics?token=${encodeURIComponent(data.calendarToken)}`;
  const copy = (): void => {
    void navigator.clipboard.writeText(address).then(() => notify('resources.events.feed.copied', { type: 'info' }));
  };
  const regenerate = (): void => {
    void dataProvider.regenerateCalendarToken().then(() => {
      notify('resources.events.feed.regenerated', { type: 'info' });
      refetch();
    });
  };
  return (
    <Box sx={{ display: 'grid', gap: 1.5, maxWidth: 720 }} data-testid="calendar-feed">
      <Typography component="h2" variant="h6">
        {translate('resources.events.feed.title')}
      </Typography>
      <Typography variant="body2">{translate('resources.events.feed.explanation')}</Typography>
      <TextField value={address} label={translate('resources.events.feed.title')} slotProps={{ input: { readOnly: true } }} size="small" fullWidth />
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <Button variant="outlined" onClick={copy}>
          {translate('resources.events.feed.copy')}
        </Button>
        <Button onClick={regenerate}>{translate('resources.events.feed.regenerate')}</Button>
      </Box>
    </Box>
  );
};
