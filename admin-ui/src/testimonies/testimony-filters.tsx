import { NullableBooleanInput, SearchInput, SelectInput } from 'react-admin';
import { REGION_CHOICES } from '../countries/country-record';
import { CountryInput } from '../countries/CountryInput';
import { RIGHT_CHOICES, TESTIMONY_SOURCE_CHOICES, TESTIMONY_STATUS_CHOICES } from './testimony-record';

/** The API's testimony filters (testimonies.list-spec.ts); none of them touches the submitter. */
export const testimonyFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={TESTIMONY_STATUS_CHOICES} alwaysOn />,
  <CountryInput key="countryId" source="countryId" label="resources.testimonies.fields.countryId" alwaysOn />,
  <SelectInput key="region" source="region" choices={REGION_CHOICES} />,
  <SelectInput key="right" source="right" choices={RIGHT_CHOICES} />,
  <SelectInput key="source" source="source" choices={TESTIMONY_SOURCE_CHOICES} />,
  <NullableBooleanInput key="consentToPublish" source="consentToPublish" />,
];
