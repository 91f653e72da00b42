import { DataTable, EmailField, List, ShowButton, TextField } from 'react-admin';
import { ChoiceChipsField } from '../common/ChoiceChipsField';
import { ExportingListActions } from '../common/ExportingListActions';
import { ListEmpty } from '../common/ListEmpty';
import { LANGUAGE_CHOICES } from '../common/organization-choices';
import { ServerExportButton } from '../common/ServerExportButton';
import { CountryReferenceField } from '../countries/CountryReferenceField';
import { HasUserField } from './HasUserField';
import { PersonOrganizationsField } from './PersonOrganizationsField';
import { personFilters } from './person-filters';
import type { PersonRecord } from './person-record';

const bulkActions = <ServerExportButton selectedOnly label="app.export.selected_csv" />;

// Sortable columns follow the API's whitelist (lastName, firstName, email, createdAt).
export const PersonList = () => (
  <List<PersonRecord>
    filters={personFilters}
    sort={{ field: 'lastName', order: 'ASC' }}
    perPage={25}
    actions={<ExportingListActions resource="people" />}
    empty={<ListEmpty />}
  >
    <DataTable<PersonRecord> rowClick="show" bulkActionButtons={bulkActions}>
      <DataTable.Col source="lastName">
        <TextField source="lastName" sx={{ fontWeight: 500 }} />
      </DataTable.Col>
      <DataTable.Col source="firstName" />
      <DataTable.Col source="email">
        <EmailField source="email" emptyText="—" onClick={(event) => event.stopPropagation()} />
      </DataTable.Col>
      <DataTable.Col source="organizations" disableSort>
        <PersonOrganizationsField />
      </DataTable.Col>
      <DataTable.Col source="jobTitle" disableSort>
        <TextField source="jobTitle" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="countryId" disableSort>
        <CountryReferenceField source="countryId" emptyText="—" link={false} />
      </DataTable.Col>
      <DataTable.Col source="languages" disableSort>
        <ChoiceChipsField source="languages" choices={LANGUAGE_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="userId" disableSort>
        <HasUserField showFalse={false} />
      </DataTable.Col>
      <DataTable.Col label={false} disableSort>
        <ShowButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
