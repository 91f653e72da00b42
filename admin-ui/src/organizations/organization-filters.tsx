import { AutocompleteInput, DateInput, NullableBooleanInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { LANGUAGE_CHOICES, MEMBERSHIP_STATUS_CHOICES, ORGANIZATION_TYPE_CHOICES, RIGHTS_FOCUS_CHOICES } from '../common/organization-choices';
import { REGION_CHOICES } from '../countries/country-record';
import { CountryInput } from '../countries/CountryInput';

/**
 * The API's organization filters (organizations.list-spec.ts). Country
 * matches the headquarters or any country of work; rights focus and language
 * match organizations that list the value among theirs.
 */
export const organizationFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="membershipStatus" source="membershipStatus" choices={[...MEMBERSHIP_STATUS_CHOICES]} alwaysOn />,
  <CountryInput key="countryId" source="countryId" label="resources.organizations.filters.countryId" alwaysOn />,
  <SelectInput key="region" source="region" choices={REGION_CHOICES} label="resources.organizations.filters.region" />,
  <SelectInput key="type" source="type" choices={[...ORGANIZATION_TYPE_CHOICES]} />,
  <SelectInput key="rightsFocus" source="rightsFocus" choices={[...RIGHTS_FOCUS_CHOICES]} />,
  <SelectInput key="language" source="language" choices={[...LANGUAGE_CHOICES]} label="resources.organizations.filters.language" />,
  <NullableBooleanInput key="isSteeringCommittee" source="isSteeringCommittee" />,
  <ReferenceInput key="workingGroupId" source="workingGroupId" reference="working-groups" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput label="resources.organizations.filters.workingGroupId" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <DateInput key="joinedFrom" source="joinedFrom" label="resources.organizations.filters.joinedFrom" />,
  <DateInput key="joinedTo" source="joinedTo" label="resources.organizations.filters.joinedTo" />,
];
