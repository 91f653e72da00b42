import { NullableBooleanInput, SearchInput, SelectInput } from 'react-admin';
import { GOVERNMENT_POSITION_CHOICES, OP_STATUS_CHOICES, REGION_CHOICES, REGIONAL_MECHANISM_CHOICES, SUBREGION_CHOICES } from './country-record';

export const countryFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="region" source="region" choices={REGION_CHOICES} alwaysOn />,
  <SelectInput key="opStatus" source="opStatus" choices={OP_STATUS_CHOICES} alwaysOn />,
  <SelectInput key="governmentPosition" source="governmentPosition" choices={GOVERNMENT_POSITION_CHOICES} alwaysOn />,
  <NullableBooleanInput key="hasMembers" source="hasMembers" />,
  <SelectInput key="subregion" source="subregion" choices={SUBREGION_CHOICES} />,
  <SelectInput key="regionalMechanisms" source="regionalMechanisms" choices={REGIONAL_MECHANISM_CHOICES} />,
  <NullableBooleanInput key="icescrParty" source="icescrParty" />,
];
