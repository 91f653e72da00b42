import {
  ChipField,
  EditButton,
  ListButton,
  ReferenceArrayField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
  TopToolbar,
} from 'react-admin';
import { useCanAccessResource } from '../auth/use-can-access';
import { ChoiceChipsField } from '../common/ChoiceChipsField';
import { DateOnlyField } from '../common/DateOnlyField';
import { DateTimeField } from '../common/DateTimeField';
import { CountryReferenceField } from '../countries/CountryReferenceField';
import { ACTION_STATUS_CHOICES, ACTION_TYPE_CHOICES, ASK_CHOICES } from './lobbying-action-record';
import { TargetsField } from './TargetsField';

const Actions = () => {
  const canEdit = useCanAccessResource('lobbying-actions', 'edit');
  return (
    <TopToolbar>
      <ListButton />
      {canEdit ? <EditButton /> : null}
    </TopToolbar>
  );
};

export const LobbyingActionShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <TextField source="title" />
      <SelectField source="type" choices={ACTION_TYPE_CHOICES} />
      <CountryReferenceField source="countryId" />
      <DateOnlyField source="occurredOn" />
      <SelectField source="status" choices={ACTION_STATUS_CHOICES} />
      <TargetsField source="targets" />
      <ReferenceArrayField source="organizationIds" reference="organizations">
        <SingleFieldList linkType="show">
          <ChipField source="name" />
        </SingleFieldList>
      </ReferenceArrayField>
      <ChoiceChipsField source="asks" choices={ASK_CHOICES} emptyText="—" />
      <TextField source="description" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <TextField source="outcome" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <DateOnlyField source="followUpAt" emptyText="—" />
      <ReferenceField source="recordedByOrganizationId" reference="organizations" emptyText="—" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
