import { BooleanField, DataTable, List, NumberField, ShowButton, TextField } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { ListEmpty } from '../common/ListEmpty';
import { ResourceListActions } from '../common/ResourceListActions';
import { importFilters } from './import-filters';
import { isImportActive, type ImportJobRecord } from './import-record';
import { ImportProgress } from './ImportProgress';
import { ImportResourceField } from './ImportResourceField';
import { ImportStatusField } from './ImportStatusField';

// Poll while something runs, so progress moves on the list too; stop once all are done.
const POLL_MS = 2000;
const listQueryOptions = {
  refetchInterval: (query: { state: { data?: { data?: ImportJobRecord[] } } }) =>
    query.state.data?.data?.some((job) => isImportActive(job)) ? POLL_MS : false,
};

// Sortable columns follow the API's whitelist (createdAt, status, finishedAt).
export const ImportList = () => (
  <List<ImportJobRecord>
    filters={importFilters}
    sort={{ field: 'createdAt', order: 'DESC' }}
    actions={<ResourceListActions />}
    empty={<ListEmpty />}
    queryOptions={listQueryOptions}
  >
    <DataTable<ImportJobRecord> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="createdAt">
        <DateTimeField source="createdAt" />
      </DataTable.Col>
      <DataTable.Col source="resource" disableSort>
        <ImportResourceField />
      </DataTable.Col>
      <DataTable.Col source="fileName" disableSort>
        <TextField source="fileName" />
      </DataTable.Col>
      <DataTable.Col source="dryRun" disableSort>
        <BooleanField source="dryRun" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <ImportStatusField />
      </DataTable.Col>
      <DataTable.Col source="progress" disableSort>
        <ImportProgress compact />
      </DataTable.Col>
      <DataTable.Col source="createdCount" disableSort>
        <NumberField source="createdCount" />
      </DataTable.Col>
      <DataTable.Col source="updatedCount" disableSort>
        <NumberField source="updatedCount" />
      </DataTable.Col>
      <DataTable.Col source="errorCount" disableSort>
        <NumberField source="errorCount" />
      </DataTable.Col>
      <DataTable.Col label={false} disableSort>
        <ShowButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
