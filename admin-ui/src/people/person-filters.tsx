import { AutocompleteInput, NullableBooleanInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { LANGUAGE_CHOICES } from '../common/organization-choices';
import { REGION_CHOICES } from '../countries/country-record';
import { CountryInput } from '../countries/CountryInput';

/** The API's people filters (people.list-spec.ts); "organization" lists those currently affiliated with it. */
export const personFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="organizationId" source="organizationId" reference="organizations" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    {/* Organization names run long: wide enough for its label and most names, not the 15 characters of the default. */}
    <AutocompleteInput label="resources.people.filters.organizationId" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: { sm: 320 } }} />
  </ReferenceInput>,
  <CountryInput key="countryId" source="countryId" />,
  <SelectInput key="region" source="region" choices={REGION_CHOICES} label="resources.people.filters.region" />,
  <SelectInput key="language" source="language" choices={[...LANGUAGE_CHOICES]} label="resources.people.filters.language" />,
  <NullableBooleanInput key="hasUser" source="hasUser" label="resources.people.filters.hasUser" />,
];
