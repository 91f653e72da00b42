import { BooleanField, DataTable, FilterButton, List, SelectField, ShowButton, TextField, TopToolbar } from 'react-admin';
import { ListEmpty } from '../common/ListEmpty';
import { DateOnlyField } from '../common/DateOnlyField';
import { countryFilters } from './country-filters';
import { OP_STATUS_CHOICES, REGION_CHOICES, type CountryRecord } from './country-record';
import { CountryNameField } from './CountryNameField';

// Read-only reference data: no create, no export of what anyone can download from the UN.
const CountryListActions = () => (
  <TopToolbar>
    <FilterButton />
  </TopToolbar>
);

// Sortable columns follow the API's whitelist (name, iso3, region, subregion, opStatus).
export const CountryList = () => (
  <List<CountryRecord> filters={countryFilters} sort={{ field: 'name', order: 'ASC' }} perPage={25} actions={<CountryListActions />} empty={<ListEmpty />}>
    <DataTable<CountryRecord> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name">
        <CountryNameField />
      </DataTable.Col>
      <DataTable.Col source="iso3" />
      <DataTable.Col source="region">
        <SelectField source="region" choices={REGION_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="subregion">
        <TextField source="subregion" />
      </DataTable.Col>
      <DataTable.Col source="opStatus">
        <SelectField source="opStatus" choices={OP_STATUS_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="opSignedAt" disableSort>
        <DateOnlyField source="opSignedAt" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="opRatifiedAt" disableSort>
        <DateOnlyField source="opRatifiedAt" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="icescrParty" disableSort>
        <BooleanField source="icescrParty" />
      </DataTable.Col>
      <DataTable.Col label={false} disableSort>
        <ShowButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
