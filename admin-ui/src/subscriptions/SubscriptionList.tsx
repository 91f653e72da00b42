import { AutocompleteInput, DataTable, EditButton, List, ReferenceInput, SelectField, SelectInput, TextField } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { ListEmpty } from '../common/ListEmpty';
import { ResourceListActions } from '../common/ResourceListActions';
import { RetryButton } from './RetryButton';
import { SOURCE_CHOICES, STATUS_CHOICES, SYNC_STATE_CHOICES, type SubscriptionRecord } from './subscription-record';
import { SyncStateField } from './SyncStateField';

const filters = [
  <ReferenceInput key="mailingListId" source="mailingListId" reference="mailing-lists" alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <ReferenceInput key="personId" source="personId" reference="people">
    <AutocompleteInput />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={STATUS_CHOICES} />,
  <SelectInput key="syncState" source="syncState" choices={SYNC_STATE_CHOICES} alwaysOn />,
  <SelectInput key="source" source="source" choices={SOURCE_CHOICES} />,
];

export const SubscriptionList = () => (
  <List<SubscriptionRecord> filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} actions={<ResourceListActions />} empty={<ListEmpty />}>
    <DataTable<SubscriptionRecord> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="personName" disableSort />
      <DataTable.Col source="personEmail" disableSort>
        <TextField source="personEmail" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="mailingListName" disableSort />
      <DataTable.Col source="status">
        <SelectField source="status" choices={STATUS_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="syncState" disableSort>
        <SyncStateField />
      </DataTable.Col>
      <DataTable.Col source="lastSyncedAt">
        <DateTimeField source="lastSyncedAt" emptyText="—" sx={{ whiteSpace: 'nowrap' }} />
      </DataTable.Col>
      <DataTable.Col label={false} disableSort>
        <RetryButton />
        <EditButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
