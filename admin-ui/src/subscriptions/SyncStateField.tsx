import { Chip, Tooltip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { SYNC_STATE_COLOURS, type SubscriptionRecord } from './subscription-record';

/** Where the subscription stands with its provider; a failure shows its reason on hover and focus. */
export const SyncStateField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<SubscriptionRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const chip = (
    <Chip
      size="small"
      variant="outlined"
      color={SYNC_STATE_COLOURS[record.syncState]}
      label={translate(`resources.subscriptions.sync_state.${record.syncState}`)}
    />
  );
  return record.lastError ? (
    <Tooltip title={record.lastError}>
      <span tabIndex={0}>{chip}</span>
    </Tooltip>
  ) : (
    chip
  );
};
