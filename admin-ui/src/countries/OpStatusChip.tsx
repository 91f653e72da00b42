import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { CountryRecord } from './country-record';

const COLORS = { none: 'default', signed: 'warning', ratified: 'success', acceded: 'success' } as const;

/** The country's Optional Protocol status as a coloured chip: signed in amber, parties in green. */
export const OpStatusChip = (_props: { label?: string }) => {
  const record = useRecordContext<CountryRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      color={COLORS[record.opStatus]}
      variant={record.opStatus === 'none' ? 'outlined' : 'filled'}
      label={translate(`resources.countries.op_status.${record.opStatus}`)}
    />
  );
};
