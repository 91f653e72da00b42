import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ImportJobRecord } from './import-record';

/** "Organizations", "People": what the file was imported into. */
export const ImportResourceField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<ImportJobRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2">
      {translate(`resources.${record.resource}.name`, { smart_count: 2 })}
    </Typography>
  );
};
