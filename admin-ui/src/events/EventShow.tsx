import {
  BooleanField,
  EditButton,
  ListButton,
  NumberField,
  ReferenceArrayField,
  SelectField,
  Show,
  SimpleShowLayout,
  SingleFieldList,
  ChipField,
  TextField,
  TopToolbar,
  UrlField,
  useRecordContext,
} from 'react-admin';
import { useCanAccessResource } from '../auth/use-can-access';
import { ChoiceChipsField } from '../common/ChoiceChipsField';
import { CountryReferenceField } from '../countries/CountryReferenceField';
import { DateTimeField } from '../common/DateTimeField';
import { ActivityCard } from '../notes/ActivityCard';
import { EVENT_STATUS_CHOICES, EVENT_SUPPORT_CHOICES, EVENT_TYPE_CHOICES, type EventRecord } from './event-record';

const EventShowActions = () => {
  const canEdit = useCanAccessResource('events', 'edit');
  return (
    <TopToolbar>
      <ListButton />
      {canEdit && <EditButton />}
    </TopToolbar>
  );
};

const EventActivity = () => {
  const record = useRecordContext<EventRecord>();
  return record ? <ActivityCard targetType="event" entityType="Event" targetId={record.id} sx={{ mt: 2 }} /> : null;
};

export const EventShow = () => (
  <Show actions={<EventShowActions />}>
    <SimpleShowLayout>
      <TextField source="title" />
      <SelectField source="type" choices={EVENT_TYPE_CHOICES} />
      <SelectField source="status" choices={EVENT_STATUS_CHOICES} />
      <CountryReferenceField source="countryId" emptyText="—" />
      <DateTimeField source="startsAt" />
      <DateTimeField source="endsAt" />
      <TextField source="timeZone" />
      <TextField source="location" emptyText="—" />
      <UrlField source="onlineUrl" emptyText="—" />
      <TextField source="description" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <ReferenceArrayField source="organizerIds" reference="organizations">
        <SingleFieldList linkType={false}>
          <ChipField source="name" size="small" />
        </SingleFieldList>
      </ReferenceArrayField>
      <ChoiceChipsField source="supportRequested" choices={EVENT_SUPPORT_CHOICES} emptyText="app.common.none" />
      <ChoiceChipsField source="supportGiven" choices={EVENT_SUPPORT_CHOICES} emptyText="app.common.none" />
      <BooleanField source="governmentAuthorityPresent" />
      <TextField source="governmentAuthority" emptyText="—" />
      <NumberField source="attendance" emptyText="—" />
      <TextField source="outcomeReport" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <TextField source="cancellationReason" emptyText="—" />
      <BooleanField source="isPublic" />
    </SimpleShowLayout>
    <EventActivity />
  </Show>
);
