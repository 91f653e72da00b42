import type { Identifier } from 'react-admin';
import type { Schema } from '../api/schema';
import type { httpClient } from './http-client';

export type ReconcileRun = Schema<'ReconcileRunDto'>;
export type SyncStatus = Schema<'SyncStatusDto'>;
export type MySubscription = Schema<'MySubscriptionDto'>;

/** The mailing sync's routes beyond simple REST, through useDataProvider like everything else. */
export const mailingMethods = (apiUrl: string, http: typeof httpClient) => ({
  async mailingStatus(): Promise<{ data: SyncStatus }> {
    const { json } = await http(`${apiUrl}/mailing/status`);
    return { data: json as SyncStatus };
  },

  async startReconcile(mode: ReconcileRun['mode']): Promise<{ data: ReconcileRun }> {
    const { json } = await http(`${apiUrl}/mailing/reconcile`, { method: 'POST', body: JSON.stringify({ mode }) });
    return { data: json as ReconcileRun };
  },

  async reconcileRun(id: string): Promise<{ data: ReconcileRun }> {
    const { json } = await http(`${apiUrl}/mailing/reconcile/${encodeURIComponent(id)}`);
    return { data: json as ReconcileRun };
  },

  async retrySubscription(id: Identifier): Promise<{ data: unknown }> {
    const { json } = await http(`${apiUrl}/subscriptions/${encodeURIComponent(String(id))}/retry`, { method: 'POST' });
    return { data: json };
  },

  async retryFailedChanges(): Promise<{ data: { requeued: number } }> {
    const { json } = await http(`${apiUrl}/mailing/failed/retry`, { method: 'POST' });
    return { data: json as { requeued: number } };
  },

  async mySubscriptions(): Promise<{ data: MySubscription[] }> {
    const { json } = await http(`${apiUrl}/me/subscriptions`);
    return { data: json as MySubscription[] };
  },

  async setMySubscription(mailingListId: string, subscribed: boolean): Promise<{ data: MySubscription[] }> {
    const { json } = await http(`${apiUrl}/me/subscriptions/${encodeURIComponent(mailingListId)}`, { method: 'PUT', body: JSON.stringify({ subscribed }) });
    return { data: json as MySubscription[] };
  },

  /** Sets the queues dashboard's cookie; the caller then opens /api/admin/queues. */
  async openQueueBoard(): Promise<{ data: null }> {
    await http(`${apiUrl}/admin/queues-session`, { method: 'POST' });
    return { data: null };
  },
});

export type MailingMethods = ReturnType<typeof mailingMethods>;
