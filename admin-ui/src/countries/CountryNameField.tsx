import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { CountryRecord } from './country-record';
import { useCountryName } from './use-country-name';

/** The country of the record context, named in the interface language. */
export const CountryNameField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<CountryRecord>();
  const countryName = useCountryName();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2">
      {countryName(record)}
    </Typography>
  );
};
