import {
  DeleteButton,
  EditButton,
  ListButton,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { RetryButton } from './RetryButton';
import { SOURCE_CHOICES, STATUS_CHOICES, type SubscriptionRecord } from './subscription-record';
import { SyncStateField } from './SyncStateField';

const SubscriptionShowActions = () => (
  <TopToolbar>
    <ListButton />
    <RetryButton />
    <EditButton />
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

const EndedBy = (_props: { label?: string }) => {
  const record = useRecordContext<SubscriptionRecord>();
  const translate = useTranslate();
  return <span>{record?.endedBy ? translate(`resources.subscriptions.ended_by.${record.endedBy}`) : '—'}</span>;
};

export const SubscriptionShow = () => (
  <Show actions={<SubscriptionShowActions />}>
    <SimpleShowLayout>
      <ReferenceField source="personId" reference="people" link="show" />
      <TextField source="personEmail" emptyText="—" />
      <ReferenceField source="mailingListId" reference="mailing-lists" link="show" />
      <SelectField source="status" choices={STATUS_CHOICES} />
      <SelectField source="source" choices={SOURCE_CHOICES} />
      <EndedBy label="resources.subscriptions.fields.endedBy" />
      <DateTimeField source="subscribedAt" emptyText="—" />
      <DateTimeField source="unsubscribedAt" emptyText="—" />
      <SyncStateField label="resources.subscriptions.fields.syncState" />
      <DateTimeField source="lastSyncedAt" emptyText="—" />
      <TextField source="lastError" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
