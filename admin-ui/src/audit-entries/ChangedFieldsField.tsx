import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditEntryRecord } from './audit-entry-record';
import { resourceOfEntityType } from './entity-types';

const MAX_SHOWN = 4;

/** A one-line summary of which fields changed, for the list. */
export const ChangedFieldsField = (_props: { source?: string }) => {
  const record = useRecordContext<AuditEntryRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const resource = resourceOfEntityType(record.entityType);
  const fields = Object.keys(record.changes ?? {}).map((field) => translate(`resources.${resource}.fields.${field}`, { _: field }));
  if (fields.length === 0) return null;
  const shown = fields.slice(0, MAX_SHOWN).join(', ');
  return (
    <Typography component="span" variant="body2" color="text.secondary">
      {fields.length > MAX_SHOWN ? `${shown}, +${fields.length - MAX_SHOWN}` : shown}
    </Typography>
  );
};
