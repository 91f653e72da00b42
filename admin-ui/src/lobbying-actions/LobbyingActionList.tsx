import { DataTable, List, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { DateOnlyField } from '../common/DateOnlyField';
import { ListEmpty } from '../common/ListEmpty';
import { ResourceListActions } from '../common/ResourceListActions';
import { CountryInput } from '../countries/CountryInput';
import { CountryReferenceField } from '../countries/CountryReferenceField';
import { ACTION_STATUS_CHOICES, ACTION_TYPE_CHOICES, ASK_CHOICES, AWAITING_CHOICES, type LobbyingActionRecord } from './lobbying-action-record';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <CountryInput key="countryId" source="countryId" alwaysOn />,
  <SelectInput key="awaiting" source="awaitingMoreThanDays" choices={AWAITING_CHOICES} alwaysOn />,
  <SelectInput key="type" source="type" choices={ACTION_TYPE_CHOICES} />,
  <SelectInput key="status" source="status" choices={ACTION_STATUS_CHOICES} />,
  <SelectInput key="ask" source="ask" choices={ASK_CHOICES} />,
];

export const LobbyingActionList = () => (
  <List<LobbyingActionRecord> filters={filters} sort={{ field: 'occurredOn', order: 'DESC' }} actions={<ResourceListActions />} empty={<ListEmpty />}>
    <DataTable<LobbyingActionRecord> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="occurredOn">
        <DateOnlyField source="occurredOn" sx={{ whiteSpace: 'nowrap' }} />
      </DataTable.Col>
      <DataTable.Col source="title">
        <TextField source="title" />
      </DataTable.Col>
      <DataTable.Col source="type">
        <SelectField source="type" choices={ACTION_TYPE_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="countryId" disableSort>
        <CountryReferenceField source="countryId" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <SelectField source="status" choices={ACTION_STATUS_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="followUpAt">
        <DateOnlyField source="followUpAt" emptyText="—" sx={{ whiteSpace: 'nowrap' }} />
      </DataTable.Col>
    </DataTable>
  </List>
);
