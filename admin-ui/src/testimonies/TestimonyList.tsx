import { DataTable, List, SelectField, ShowButton, TextField } from 'react-admin';
import { ChoiceChipsField } from '../common/ChoiceChipsField';
import { DateTimeField } from '../common/DateTimeField';
import { ListEmpty } from '../common/ListEmpty';
import { ResourceListActions } from '../common/ResourceListActions';
import { CountryReferenceField } from '../countries/CountryReferenceField';
import { testimonyFilters } from './testimony-filters';
import { RIGHT_CHOICES, TESTIMONY_SOURCE_CHOICES, TESTIMONY_STATUS_CHOICES, type TestimonyRecord } from './testimony-record';

// Sortable columns follow the API's whitelist (createdAt, updatedAt, status, publishedAt); the submitter is never a column.
export const TestimonyList = () => (
  <List<TestimonyRecord>
    filters={testimonyFilters}
    sort={{ field: 'createdAt', order: 'DESC' }}
    perPage={25}
    actions={<ResourceListActions />}
    empty={<ListEmpty />}
  >
    <DataTable<TestimonyRecord> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="createdAt">
        <DateTimeField source="createdAt" />
      </DataTable.Col>
      <DataTable.Col source="countryId" disableSort>
        <CountryReferenceField source="countryId" />
      </DataTable.Col>
      <DataTable.Col source="rightsAffected" disableSort>
        <ChoiceChipsField source="rightsAffected" choices={RIGHT_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="publicTitle" disableSort>
        <TextField source="publicTitle" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="source" disableSort>
        <SelectField source="source" choices={TESTIMONY_SOURCE_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="status">
        <SelectField source="status" choices={TESTIMONY_STATUS_CHOICES} />
      </DataTable.Col>
      <DataTable.Col label={false} disableSort>
        <ShowButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
