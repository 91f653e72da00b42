import {
  SUBSCRIPTION_SOURCES,
  SUBSCRIPTION_STATUSES,
  SYNC_STATES,
  type SubscriptionSource,
  type SubscriptionStatus,
  type SyncState,
} from '@contract/mailing/mailing.contract';
import type { Schema } from '../api/schema';

/** A subscription as `GET /api/subscriptions/:id` returns it. */
export type SubscriptionRecord = Schema<'SubscriptionResponseDto'>;

export const STATUS_CHOICES: Array<{ id: SubscriptionStatus; name: string }> = SUBSCRIPTION_STATUSES.map((id) => ({
  id,
  name: `resources.subscriptions.status.${id}`,
}));
export const SOURCE_CHOICES: Array<{ id: SubscriptionSource; name: string }> = SUBSCRIPTION_SOURCES.map((id) => ({
  id,
  name: `resources.subscriptions.source.${id}`,
}));
export const SYNC_STATE_CHOICES: Array<{ id: SyncState; name: string }> = SYNC_STATES.map((id) => ({ id, name: `resources.subscriptions.sync_state.${id}` }));

export const SYNC_STATE_COLOURS: Record<SyncState, 'success' | 'info' | 'error' | 'warning'> = {
  synced: 'success',
  pending: 'info',
  failed: 'error',
  not_configured: 'warning',
};
