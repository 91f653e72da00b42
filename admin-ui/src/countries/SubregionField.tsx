import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { CountryRecord } from './country-record';

/** The UN M49 sub-region in the interface language; a name outside the list (a region standing for itself) is shown as stored. */
export const SubregionField = (_props: { source: 'subregion'; label?: string; sortable?: boolean }) => {
  const record = useRecordContext<CountryRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2">
      {translate(`resources.countries.subregions.${record.subregion}`, {
        _: translate(`resources.countries.regions.${record.subregion}`, { _: record.subregion }),
      })}
    </Typography>
  );
};
