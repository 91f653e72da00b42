import { Alert } from '@mui/material';
import {
  DeleteButton,
  EditButton,
  FunctionField,
  ListButton,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { ReferenceCountButton } from '../common/ReferenceCountButton';
import { AUDIENCE_CHOICES, LANGUAGE_CHOICES, PROVIDER_CHOICES, type MailingListRecord } from './mailing-list-record';

const T = 'resources.mailing-lists';

const MailingListShowActions = () => (
  <TopToolbar>
    <ListButton />
    <EditButton />
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

/** This list's sync: not configured, waiting, failed, last delivery. */
const ListSyncStatus = () => {
  const record = useRecordContext<MailingListRecord>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.provider === 'none') return <Alert severity="info">{translate(`${T}.sync.no_provider`)}</Alert>;
  if (!record.providerConfigured) return <Alert severity="warning">{translate(`${T}.sync.not_configured`)}</Alert>;
  const { unsynced, failed, lastSyncedAt } = record.counts;
  return (
    <Alert severity={failed > 0 ? 'error' : unsynced > 0 ? 'info' : 'success'} data-testid="list-sync-status">
      {[
        unsynced > 0 ? translate(`${T}.sync.unsynced`, { smart_count: unsynced }) : null,
        failed > 0 ? translate(`${T}.sync.failed`, { smart_count: failed }) : null,
        lastSyncedAt ? translate(`${T}.sync.last_synced`, { date: new Date(lastSyncedAt).toLocaleString() }) : translate(`${T}.sync.never_synced`),
      ]
        .filter(Boolean)
        .join(' · ')}
    </Alert>
  );
};

export const MailingListShow = () => {
  const translate = useTranslate();
  return (
    <Show actions={<MailingListShowActions />}>
      <SimpleShowLayout>
        <ListSyncStatus />
        <TextField source="name" />
        <TextField source="key" sx={{ fontFamily: 'monospace' }} />
        <SelectField source="language" choices={LANGUAGE_CHOICES} />
        <SelectField source="audience" choices={AUDIENCE_CHOICES} />
        <SelectField source="provider" choices={PROVIDER_CHOICES} />
        <TextField source="providerListId" emptyText="—" />
        <TextField source="description" emptyText="app.common.none" sx={{ whiteSpace: 'pre-wrap' }} />
        <FunctionField<MailingListRecord>
          source="counts"
          render={(record) =>
            translate(`${T}.sync.counts`, {
              subscribed: record.counts.subscribed,
              pending: record.counts.pending,
              unsubscribed: record.counts.unsubscribed,
              bounced: record.counts.bounced,
            })
          }
        />
        <ReferenceCountButton
          label="resources.subscriptions.name"
          resource="subscriptions"
          filterField="mailingListId"
          text="resources.subscriptions.messages.count"
        />
        <DateTimeField source="reconciledAt" emptyText="—" />
        <DateTimeField source="updatedAt" />
      </SimpleShowLayout>
    </Show>
  );
};
