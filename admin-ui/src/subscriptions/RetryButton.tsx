import ReplayIcon from '@mui/icons-material/Replay';
import { useState } from 'react';
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { useCanAccessResource } from '../auth/use-can-access';
import type { AppDataProvider } from '../data/data-provider';
import type { SubscriptionRecord } from './subscription-record';

/** Sends a failed (or waiting) subscription to its provider again. */
export const RetryButton = () => {
  const record = useRecordContext<SubscriptionRecord>();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const canEdit = useCanAccessResource('subscriptions', 'edit');
  const [busy, setBusy] = useState(false);
  if (!record || !canEdit || record.syncState === 'synced') return null;
  const retry = async (event: React.MouseEvent) => {
    event.stopPropagation();
    setBusy(true);
    try {
      await dataProvider.retrySubscription(record.id);
      notify('resources.subscriptions.messages.retried', { type: 'info' });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label="resources.subscriptions.messages.retry" onClick={(event) => void retry(event)} disabled={busy}>
      <ReplayIcon />
    </Button>
  );
};
