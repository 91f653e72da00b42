import { DataTable, List, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { CountryInput } from '../countries/CountryInput';
import { CountryReferenceField } from '../countries/CountryReferenceField';
import { DateTimeField } from '../common/DateTimeField';
import { ListEmpty } from '../common/ListEmpty';
import { ResourceListActions } from '../common/ResourceListActions';
import { INSTITUTION_CHOICES, STANCE_CHOICES, type AuthorityRecord } from './authority-record';
import { StanceField } from './StanceChip';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <CountryInput key="countryId" source="countryId" alwaysOn />,
  <SelectInput key="institution" source="institution" choices={INSTITUTION_CHOICES} />,
  <SelectInput key="stance" source="stance" choices={STANCE_CHOICES} />,
];

export const AuthorityList = () => (
  <List<AuthorityRecord> filters={filters} sort={{ field: 'postTitle', order: 'ASC' }} actions={<ResourceListActions />} empty={<ListEmpty />}>
    <DataTable<AuthorityRecord> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="postTitle" />
      <DataTable.Col source="holderName">
        <TextField source="holderName" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="countryId" disableSort>
        <CountryReferenceField source="countryId" />
      </DataTable.Col>
      <DataTable.Col source="institution">
        <SelectField source="institution" choices={INSTITUTION_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="stance">
        <StanceField />
      </DataTable.Col>
      <DataTable.Col source="updatedAt">
        <DateTimeField source="updatedAt" sx={{ whiteSpace: 'nowrap' }} />
      </DataTable.Col>
    </DataTable>
  </List>
);
