import { Alert, Box, FormControlLabel, List, ListItem, Paper, Skeleton, Switch, Typography } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useProviderQuery } from '../common/use-provider-query';
import type { AppDataProvider } from '../data/data-provider';
import type { MySubscription } from '../data/mailing-methods';

/** "My profile": the lists a member is on, each a switch to join or leave it. */
export const MySubscriptionsPanel = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data, error, isPending } = useProviderQuery<MySubscription[]>('my-subscriptions', (provider) => provider.mySubscriptions());
  const [lists, setLists] = useState<MySubscription[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const shown = lists ?? data ?? [];

  const toggle = async (list: MySubscription, subscribed: boolean) => {
    setBusy(list.mailingListId);
    // The switch moves at once; a refused change puts it back.
    const before = shown;
    setLists(before.map((item) => (item.mailingListId === list.mailingListId ? { ...item, status: subscribed ? 'subscribed' : 'unsubscribed' } : item)));
    try {
      const { data: next } = await dataProvider.setMySubscription(list.mailingListId, subscribed);
      setLists(next);
      notify(subscribed ? 'app.me.subscription_joined' : 'app.me.subscription_left', { type: 'info', messageArgs: { name: list.name } });
    } catch (failure) {
      setLists(before);
      const field = (failure as { body?: { field?: string } }).body?.field;
      notify(field === 'consent' ? 'app.me.subscriptions_no_consent' : failure instanceof Error ? failure.message : String(failure), { type: 'error' });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Paper variant="outlined" component="section" aria-labelledby="my-subscriptions-title" sx={{ p: 2, mt: 3 }} data-testid="my-subscriptions">
      <Typography component="h2" variant="h6" id="my-subscriptions-title">
        {translate('app.me.subscriptions_title')}
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
        {translate('app.me.subscriptions_intro')}
      </Typography>
      {isPending ? <Skeleton height={48} /> : null}
      {error ? <Alert severity="error">{error.message}</Alert> : null}
      {!isPending && !error && shown.length === 0 ? <Typography variant="body2">{translate('app.me.subscriptions_empty')}</Typography> : null}
      <List dense disablePadding>
        {shown.map((list) => (
          <ListItem key={list.mailingListId} disableGutters>
            <Box>
              <FormControlLabel
                control={
                  <Switch
                    checked={list.status === 'subscribed' || list.status === 'pending'}
                    disabled={busy !== null || list.status === 'bounced'}
                    onChange={(event) => void toggle(list, event.target.checked)}
                  />
                }
                label={list.name}
              />
              {list.description ? (
                <Typography variant="body2" sx={{ color: 'text.secondary', ml: 6 }}>
                  {list.description}
                </Typography>
              ) : null}
            </Box>
          </ListItem>
        ))}
      </List>
    </Paper>
  );
};
