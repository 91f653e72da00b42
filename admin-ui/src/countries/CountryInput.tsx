import { AutocompleteArrayInput, AutocompleteInput, ReferenceArrayInput, ReferenceInput, type Validator } from 'react-admin';
import type { CountryRecord } from './country-record';
import { useCountryName } from './use-country-name';
import { useCountryNameSort } from './use-country-name-sort';

// Searching by name or ISO code happens on the server (filter.q).
const toQuery = (q: string) => ({ q });

type CountryInputProps = {
  source: string;
  label?: string;
  helperText?: string | false;
  validate?: Validator | Validator[];
  alwaysOn?: boolean;
};

/** One country, picked by typing its name (in any of the three languages) or its ISO code. */
export const CountryInput = ({ source, label, helperText, validate, alwaysOn }: CountryInputProps) => {
  const countryName = useCountryName();
  const byName = useCountryNameSort();
  return (
    <ReferenceInput source={source} reference="countries" sort={byName} alwaysOn={alwaysOn}>
      <AutocompleteInput
        label={label}
        helperText={helperText}
        validate={validate}
        optionText={(country: CountryRecord) => countryName(country)}
        filterToQuery={toQuery}
      />
    </ReferenceInput>
  );
};

/** Several countries, e.g. the countries an organization works in. */
export const CountriesInput = ({ source, label, helperText }: CountryInputProps) => {
  const countryName = useCountryName();
  const byName = useCountryNameSort();
  return (
    <ReferenceArrayInput source={source} reference="countries" sort={byName}>
      <AutocompleteArrayInput label={label} helperText={helperText} optionText={(country: CountryRecord) => countryName(country)} filterToQuery={toQuery} />
    </ReferenceArrayInput>
  );
};
