import { DataTable, EditButton, List, SearchInput, TextField } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { ListEmpty } from '../common/ListEmpty';
import { ResourceListActions } from '../common/ResourceListActions';
import type { WorkingGroupRecord } from './working-group-record';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export const WorkingGroupList = () => (
  <List<WorkingGroupRecord> filters={filters} sort={{ field: 'name', order: 'ASC' }} actions={<ResourceListActions />} empty={<ListEmpty />}>
    <DataTable<WorkingGroupRecord> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="description" disableSort>
        <TextField source="description" emptyText="—" sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }} />
      </DataTable.Col>
      <DataTable.Col source="updatedAt">
        <DateTimeField source="updatedAt" sx={{ whiteSpace: 'nowrap' }} />
      </DataTable.Col>
      <DataTable.Col label={false} disableSort>
        <EditButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
