import { Skeleton, Typography } from '@mui/material';
import {
  Link,
  RecordContextProvider,
  useCreatePath,
  useGetManyAggregate,
  useGetRecordRepresentation,
  useResourceDefinitions,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { canAccess } from '../auth/can-access';
import { useRole } from '../auth/use-role';
import { localizedNameOf } from './entity-types';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

const Muted = ({ text }: { text: string }) => (
  <Typography component="span" variant="body2" color="text.secondary">
    {text}
  </Typography>
);

/**
 * Records of one resource named in the audit trail, by their names and linked
 * to their pages, never by id: the names of a page of entries come in one
 * request per resource. A record that is gone (deleted, merged), or that the
 * reader may not open, says so instead.
 */
export const AuditReference = ({ resource, ids, linked = true }: { resource: string; ids: readonly string[]; linked?: boolean }) => {
  const translate = useTranslate();
  const role = useRole();
  const createPath = useCreatePath();
  const definitions = useResourceDefinitions();
  const definition = Object.hasOwn(definitions, resource) ? definitions[resource] : undefined;
  const readable = definition !== undefined && canAccess(role, { action: 'list', resource });
  const { data, isPending } = useGetManyAggregate<RaRecord>(resource, { ids: [...ids] }, { enabled: readable && ids.length > 0 });
  const represent = useGetRecordRepresentation(resource);
  const LocalizedName = localizedNameOf(resource);
  if (!readable) return <Muted text={translate('resources.audit-entries.record_hidden', { smart_count: ids.length })} />;
  if (isPending) return <Skeleton width={120} component="span" sx={{ display: 'inline-block' }} />;
  const page = !linked
    ? null
    : definition.hasShow && canAccess(role, { action: 'show', resource })
      ? 'show'
      : definition.hasEdit && canAccess(role, { action: 'edit', resource })
        ? 'edit'
        : null;
  return (
    <>
      {ids.map((id, index) => {
        const record = data?.find((candidate) => String(candidate.id) === id);
        const representation = record ? represent(record) : undefined;
        const text = typeof representation === 'string' && !UUID.test(representation) ? representation : undefined;
        // A country is named in the reader's language, not in the reference data's English.
        const name =
          text && record && LocalizedName ? (
            <RecordContextProvider value={record}>
              <LocalizedName />
            </RecordContextProvider>
          ) : (
            text
          );
        return (
          <span key={id}>
            {index > 0 ? ', ' : null}
            {!name ? (
              <Muted text={translate('resources.audit-entries.record_unavailable')} />
            ) : page ? (
              <Link to={createPath({ resource, id, type: page })}>{name}</Link>
            ) : (
              name
            )}
          </span>
        );
      })}
    </>
  );
};
