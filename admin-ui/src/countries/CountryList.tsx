import { DataTable, FilterButton, List, SelectField, ShowButton, TopToolbar } from 'react-admin';
import { ListEmpty } from '../common/ListEmpty';
import { DateOnlyField } from '../common/DateOnlyField';
import { countryFilters } from './country-filters';
import { GOVERNMENT_POSITION_CHOICES, REGION_CHOICES, type CountryRecord } from './country-record';
import { CountryNameField } from './CountryNameField';
import { OpStatusChip } from './OpStatusChip';
import { SubregionField } from './SubregionField';
import { useCountryNameSort } from './use-country-name-sort';

// Reference data: no create, no export of what anyone can download from the UN.
const CountryListActions = () => (
  <TopToolbar>
    <FilterButton />
  </TopToolbar>
);

// Sortable columns follow the API's whitelist (name in each language, iso3, region, subregion, opStatus, governmentPosition, nextUprReviewAt).
export const CountryList = () => {
  const byName = useCountryNameSort();
  return (
    <List<CountryRecord> filters={countryFilters} sort={byName} perPage={25} actions={<CountryListActions />} empty={<ListEmpty />}>
      <DataTable<CountryRecord> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source={byName.field} label="resources.countries.fields.name">
          <CountryNameField />
        </DataTable.Col>
        <DataTable.Col source="iso3" />
        <DataTable.Col source="region">
          <SelectField source="region" choices={REGION_CHOICES} />
        </DataTable.Col>
        <DataTable.Col source="subregion">
          <SubregionField source="subregion" />
        </DataTable.Col>
        <DataTable.Col source="opStatus">
          <OpStatusChip />
        </DataTable.Col>
        <DataTable.Col source="opRatifiedAt" disableSort>
          <DateOnlyField source="opRatifiedAt" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="governmentPosition">
          <SelectField source="governmentPosition" choices={GOVERNMENT_POSITION_CHOICES} />
        </DataTable.Col>
        <DataTable.Col source="nextUprReviewAt">
          <DateOnlyField source="nextUprReviewAt" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col label={false} disableSort>
          <ShowButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
