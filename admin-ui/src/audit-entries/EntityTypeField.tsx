import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { AuditEntryRecord } from './audit-entry-record';
import { useEntityTypeLabel } from './use-entity-type-label';

export const EntityTypeField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<AuditEntryRecord>();
  const entityTypeLabel = useEntityTypeLabel();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2">
      {entityTypeLabel(record.entityType)}
    </Typography>
  );
};
