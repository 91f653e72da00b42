import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { CountryRecord } from './country-record';

// Dark text on a light amber, white on a dark green: both above the 4.5:1 contrast small text needs.
const LOOK = {
  none: { bgcolor: 'transparent', color: 'text.primary', borderColor: 'divider' },
  signed: { bgcolor: '#ffe0a3', color: '#3d2a00', borderColor: '#ffe0a3' },
  ratified: { bgcolor: '#1b5e20', color: '#ffffff', borderColor: '#1b5e20' },
  acceded: { bgcolor: '#1b5e20', color: '#ffffff', borderColor: '#1b5e20' },
} as const;

/** The country's Optional Protocol status as a coloured chip: signed in amber, parties in green. */
export const OpStatusChip = (_props: { label?: string }) => {
  const record = useRecordContext<CountryRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return <Chip size="small" variant="outlined" sx={LOOK[record.opStatus]} label={translate(`resources.countries.op_status.${record.opStatus}`)} />;
};
