/** The subscriptions resource's own strings in English (`resources.subscriptions.*`): labels, choices and messages. Their shape is the contract Spanish and French fulfil. */
export const subscriptionsEn = {
  name: 'Subscription |||| Subscriptions',
  fields: {
    personId: 'Person',
    personName: 'Person',
    personEmail: 'E-mail',
    mailingListId: 'Mailing list',
    mailingListName: 'Mailing list',
    status: 'Status',
    source: 'Source',
    endedBy: 'Ended by',
    subscribedAt: 'Subscribed',
    unsubscribedAt: 'Unsubscribed',
    syncState: 'Sync',
    lastSyncedAt: 'Last delivered',
    lastError: 'Last error',
    createdAt: 'Created',
    updatedAt: 'Last updated',
  },
  status: { pending: 'Pending', subscribed: 'Subscribed', unsubscribed: 'Unsubscribed', bounced: 'Bounced' },
  source: { staff: 'Secretariat', self: 'The person', rule: 'Rule', import: 'Import', provider: 'Provider' },
  ended_by: { person: 'The person', staff: 'Secretariat', provider: 'Provider (opt-out or removal)', rule: 'Rule', consent: 'Consent withdrawn' },
  sync_state: { synced: 'Delivered', pending: 'Waiting', failed: 'Failed', not_configured: 'Not configured' },
  messages: {
    count: 'One subscription |||| %{smart_count} subscriptions',
    retry: 'Send again',
    retried: 'Sent to the provider again',
    consent_needed: 'Only people who consented to be contacted can be subscribed.',
  },
  message: {
    delete_content: 'Delete this subscription? The provider removes the address from the list too; to keep the history, set it to unsubscribed instead.',
  },
};
