import { BooleanField, BulkDeleteButton, DataTable, EditButton, List, SelectField } from 'react-admin';
import { ROLE_CHOICES } from '../auth/roles';
import { DateTimeField } from '../common/DateTimeField';
import { ListEmpty } from '../common/ListEmpty';
import { ResourceListActions } from '../common/ResourceListActions';
import { userFilters } from './user-filters';
import type { UserRecord } from './user-record';

const bulkActions = <BulkDeleteButton mutationMode="pessimistic" />;

export const UserList = () => (
  <List<UserRecord> filters={userFilters} sort={{ field: 'createdAt', order: 'DESC' }} actions={<ResourceListActions />} empty={<ListEmpty />}>
    <DataTable<UserRecord> rowClick="show" bulkActionButtons={bulkActions}>
      <DataTable.Col source="email" />
      <DataTable.Col source="role">
        <SelectField source="role" choices={[...ROLE_CHOICES]} />
      </DataTable.Col>
      <DataTable.Col source="isActive">
        <BooleanField source="isActive" />
      </DataTable.Col>
      <DataTable.Col source="lastLoginAt">
        <DateTimeField source="lastLoginAt" emptyText="resources.users.never" />
      </DataTable.Col>
      <DataTable.Col source="createdAt">
        <DateTimeField source="createdAt" />
      </DataTable.Col>
      {/* Row clicks need a mouse; this button gives keyboard users the same way in. */}
      <DataTable.Col label={false} disableSort>
        <EditButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
