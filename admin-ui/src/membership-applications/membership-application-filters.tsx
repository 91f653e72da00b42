import { SearchInput, SelectInput } from 'react-admin';
import { CountryInput } from '../countries/CountryInput';
import { APPLICATION_STATUS_CHOICES } from './membership-application-record';

export const membershipApplicationFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={APPLICATION_STATUS_CHOICES} alwaysOn />,
  <CountryInput key="headquartersCountryId" source="headquartersCountryId" label="resources.membership-applications.fields.headquartersCountryId" />,
];

/** The review queue: what still waits for a decision. */
export const DEFAULT_APPLICATION_FILTER = { status: 'pending' } as const;
