import { Skeleton, Typography } from '@mui/material';
import { useGetManyAggregate, useGetRecordRepresentation, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { canAccess } from '../auth/can-access';
import { useRole } from '../auth/use-role';
import type { AuditEntryRecord } from './audit-entry-record';
import { resourceOfEntityType } from './entity-types';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/**
 * The record an audit entry is about, by its name rather than its id: the
 * names of a page of entries come in one request per kind of record. A record
 * that is gone (deleted, merged) or that the reader may not open says so.
 */
export const AuditRecordName = ({ entityType, entityId }: { entityType: string; entityId: string }) => {
  const translate = useTranslate();
  const role = useRole();
  const resource = resourceOfEntityType(entityType);
  const named = resource !== entityType && resource !== 'audit-entries' && canAccess(role, { action: 'list', resource });
  const { data, isPending } = useGetManyAggregate<RaRecord>(resource, { ids: [entityId] }, { enabled: named });
  const represent = useGetRecordRepresentation(resource);
  if (!named) return null;
  if (isPending) return <Skeleton width={120} component="span" sx={{ display: 'inline-block' }} />;
  const record = data?.find((candidate) => candidate.id === entityId);
  if (!record) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {translate('resources.audit-entries.record_unavailable')}
      </Typography>
    );
  }
  const representation = represent(record);
  // A resource without a representation of its own falls back to "#<id>": the type alone says enough.
  if (typeof representation !== 'string' || UUID.test(representation)) return null;
  return <span>{representation}</span>;
};

/** The record of the audit entry in context, by name. */
export const AuditRecordField = (_props: { label?: string; source?: string }) => {
  const entry = useRecordContext<AuditEntryRecord>();
  return entry ? <AuditRecordName entityType={entry.entityType} entityId={entry.entityId} /> : null;
};
