import { NullableBooleanInput, SearchInput, SelectInput } from 'react-admin';
import { OP_STATUS_CHOICES, REGION_CHOICES } from './country-record';

export const countryFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="region" source="region" choices={REGION_CHOICES} alwaysOn />,
  <SelectInput key="opStatus" source="opStatus" choices={OP_STATUS_CHOICES} alwaysOn />,
  <NullableBooleanInput key="icescrParty" source="icescrParty" />,
];
