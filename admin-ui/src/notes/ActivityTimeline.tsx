import { useState, type ReactNode } from 'react';
import { Alert, Avatar, Box, Button, Link as MuiLink, Skeleton, Stack, Typography } from '@mui/material';
import CommentIcon from '@mui/icons-material/Comment';
import EditNoteIcon from '@mui/icons-material/EditNote';
import AddCircleOutlineIcon from '@mui/icons-material/AddCircleOutlined';
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutlined';
import { Link, useCreatePath, useGetIdentity, useGetList, useLocale, useTranslate } from 'react-admin';
import { canAccess } from '../auth/can-access';
import { useRole } from '../auth/use-role';
import type { AuditEntryRecord } from '../audit-entries/audit-entry-record';
import { resourceOfEntityType } from '../audit-entries/entity-types';
import { formatDateTime } from '../common/format-date-time';
import { AddNoteForm } from './AddNoteForm';
import { DeleteNoteButton } from './DeleteNoteButton';
import type { NoteTarget } from './note-record';
import type { NoteRecord } from './note-record';

const PAGE = 20;
const NEWEST_FIRST = { field: 'createdAt', order: 'DESC' } as const;

type TimelineItem = { kind: 'note'; at: string; note: NoteRecord } | { kind: 'audit'; at: string; entry: AuditEntryRecord };

const AUDIT_ICON = {
  create: <AddCircleOutlineIcon fontSize="small" />,
  update: <EditNoteIcon fontSize="small" />,
  delete: <RemoveCircleOutlineIcon fontSize="small" />,
};

const TimelineRow = ({ icon, heading, children, action }: { icon: ReactNode; heading: ReactNode; children?: ReactNode; action?: ReactNode }) => (
  <Box component="li" sx={{ display: 'grid', gridTemplateColumns: '36px 1fr auto', columnGap: 1.5, py: 1.5, borderBottom: 1, borderColor: 'divider' }}>
    <Avatar sx={{ width: 32, height: 32, bgcolor: 'action.selected', color: 'text.secondary' }} aria-hidden="true">
      {icon}
    </Avatar>
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="body2" color="text.secondary">
        {heading}
      </Typography>
      {children}
    </Box>
    <Box>{action}</Box>
  </Box>
);

const NoteRow = ({ note, canDelete }: { note: NoteRecord; canDelete: boolean }) => {
  const translate = useTranslate();
  const locale = useLocale();
  return (
    <TimelineRow
      icon={<CommentIcon fontSize="small" />}
      heading={translate('app.timeline.note_by', {
        author: note.authorEmail ?? translate('resources.audit-entries.system'),
        date: formatDateTime(note.createdAt, locale),
      })}
      action={canDelete ? <DeleteNoteButton note={note} /> : null}
    >
      <Typography variant="body1" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', mt: 0.5 }} data-testid="timeline-note">
        {note.body}
      </Typography>
    </TimelineRow>
  );
};

const AuditRow = ({ entry }: { entry: AuditEntryRecord }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const createPath = useCreatePath();
  const resource = resourceOfEntityType(entry.entityType);
  const fields = Object.keys(entry.changes ?? {}).map((field) => translate(`resources.${resource}.fields.${field}`, { _: field }));
  return (
    <TimelineRow
      icon={AUDIT_ICON[entry.action]}
      heading={translate(`app.timeline.audit_${entry.action}`, {
        user: entry.userEmail ?? translate('resources.audit-entries.system'),
        date: formatDateTime(entry.createdAt, locale),
      })}
      action={
        <MuiLink component={Link} to={createPath({ resource: 'audit-entries', type: 'show', id: entry.id })} variant="body2">
          {translate('app.timeline.details')}
        </MuiLink>
      }
    >
      {entry.action === 'update' && fields.length > 0 ? (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {translate('app.timeline.changed_fields', { fields: fields.join(', ') })}
        </Typography>
      ) : null}
    </TimelineRow>
  );
};

type ActivityTimelineProps = {
  /** The note target of the record: `organization` or `person`. */
  targetType: NoteTarget;
  /** The audit trail's name of the record's entity: `Organization` or `Person`. */
  entityType: string;
  targetId: string;
  label?: string | false;
};

/**
 * What happened to a record, newest first: the notes written on it and the
 * audit trail of its changes, merged into one list. Both lists are read a
 * page at a time; the newest PAGE of the two together are exactly the newest
 * PAGE of each merged and cut.
 */
export const ActivityTimeline = ({ targetType, entityType, targetId }: ActivityTimelineProps) => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const userId = identity?.id === undefined ? undefined : String(identity.id);
  const role = useRole();
  const [limit, setLimit] = useState(PAGE);
  const canAddNote = canAccess(role, { action: 'create', resource: 'notes' });
  const canDeleteAny = canAccess(role, { action: 'delete', resource: 'notes' });
  const pagination = { page: 1, perPage: limit };

  const notes = useGetList<NoteRecord>('notes', { filter: { targetType, targetId }, sort: NEWEST_FIRST, pagination });
  const audit = useGetList<AuditEntryRecord>('audit-entries', { filter: { entityType, entityId: targetId }, sort: NEWEST_FIRST, pagination });

  const items: TimelineItem[] = [
    ...(notes.data ?? []).map((note): TimelineItem => ({ kind: 'note', at: note.createdAt, note })),
    ...(audit.data ?? []).map((entry): TimelineItem => ({ kind: 'audit', at: entry.createdAt, entry })),
  ]
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, limit);
  const hasMore = (notes.total ?? 0) > (notes.data?.length ?? 0) || (audit.total ?? 0) > (audit.data?.length ?? 0);

  const list = () => {
    if (notes.isPending || audit.isPending) {
      return Array.from({ length: 3 }, (_, index) => <Skeleton key={index} height={56} />);
    }
    if (notes.error || audit.error) return <Alert severity="warning">{translate('app.timeline.error')}</Alert>;
    if (items.length === 0) {
      return (
        <Typography variant="body2" color="text.secondary" data-testid="timeline-empty" sx={{ py: 2 }}>
          {translate('app.timeline.empty')}
        </Typography>
      );
    }
    return (
      <Box component="ol" aria-label={translate('app.timeline.title')} sx={{ listStyle: 'none', p: 0, m: 0 }} data-testid="timeline">
        {items.map((item) =>
          item.kind === 'note' ? (
            <NoteRow key={`note-${item.note.id}`} note={item.note} canDelete={canDeleteAny || (userId !== undefined && item.note.authorId === userId)} />
          ) : (
            <AuditRow key={`audit-${item.entry.id}`} entry={item.entry} />
          ),
        )}
      </Box>
    );
  };

  return (
    <Stack spacing={2} sx={{ maxWidth: 900 }}>
      {canAddNote ? <AddNoteForm targetType={targetType} targetId={targetId} /> : null}
      <div>{list()}</div>
      {hasMore ? (
        <Box>
          <Button size="small" onClick={() => setLimit((n) => n + PAGE)}>
            {translate('app.timeline.older')}
          </Button>
        </Box>
      ) : null}
    </Stack>
  );
};
