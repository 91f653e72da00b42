import { DataTable, List, SelectField, ShowButton, TextField } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { ListEmpty } from '../common/ListEmpty';
import { ResourceListActions } from '../common/ResourceListActions';
import { useAuditEntryFilters } from './audit-entry-filters';
import { AUDIT_ACTION_CHOICES, type AuditEntryRecord } from './audit-entry-record';
import { AuditRecordField } from './AuditRecordName';
import { ChangedFieldsField } from './ChangedFieldsField';
import { EntityTypeField } from './EntityTypeField';

// Sortable columns follow the API's whitelist (createdAt, userEmail, action, entityType).
export const AuditEntryList = () => {
  const filters = useAuditEntryFilters();
  return (
    <List<AuditEntryRecord> filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} actions={<ResourceListActions />} empty={<ListEmpty />}>
      <DataTable<AuditEntryRecord> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="createdAt">
          <DateTimeField source="createdAt" />
        </DataTable.Col>
        <DataTable.Col source="userEmail">
          <TextField source="userEmail" emptyText="resources.audit-entries.system" />
        </DataTable.Col>
        <DataTable.Col source="action">
          <SelectField source="action" choices={AUDIT_ACTION_CHOICES} />
        </DataTable.Col>
        <DataTable.Col source="entityType">
          <EntityTypeField source="entityType" />
        </DataTable.Col>
        <DataTable.Col source="entityId" disableSort>
          <AuditRecordField />
        </DataTable.Col>
        <DataTable.Col source="changes" disableSort>
          <ChangedFieldsField />
        </DataTable.Col>
        <DataTable.Col label={false} disableSort>
          <ShowButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
