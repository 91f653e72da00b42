import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ImportStatus } from '@contract/imports/import.contract';
import type { ImportJobRecord } from './import-record';

const COLORS: Record<ImportStatus, 'default' | 'info' | 'success' | 'error'> = {
  queued: 'default',
  running: 'info',
  completed: 'success',
  failed: 'error',
};

export const ImportStatusField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<ImportJobRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      color={COLORS[record.status]}
      variant={record.status === 'queued' ? 'outlined' : 'filled'}
      label={translate(`resources.imports.status.${record.status}`)}
      data-testid="import-status"
      data-status={record.status}
    />
  );
};
