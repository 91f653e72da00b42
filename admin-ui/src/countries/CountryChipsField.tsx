import { Chip } from '@mui/material';
import { ReferenceArrayField, SingleFieldList, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import type { CountryRecord } from './country-record';
import { useCountryName } from './use-country-name';

const CountryChip = () => {
  const country = useRecordContext<CountryRecord>();
  const countryName = useCountryName();
  if (!country) return null;
  return <Chip size="small" label={countryName(country)} />;
};

const NoCountries = ({ emptyText }: { emptyText: string }) => {
  const translate = useTranslate();
  return <span>{translate(emptyText)}</span>;
};

type CountryChipsFieldProps = {
  source: string;
  label?: string;
  emptyText?: string;
};

/** A list of country ids as chips with the countries' names. */
export const CountryChipsField = ({ source, label, emptyText = 'resources.countries.none' }: CountryChipsFieldProps) => {
  const record = useRecordContext<RaRecord>();
  const ids: unknown = record?.[source];
  if (!Array.isArray(ids) || ids.length === 0) return <NoCountries emptyText={emptyText} />;
  return (
    <ReferenceArrayField source={source} reference="countries" label={label} perPage={300}>
      <SingleFieldList linkType={false} sx={{ gap: 0.5 }}>
        <CountryChip />
      </SingleFieldList>
    </ReferenceArrayField>
  );
};
