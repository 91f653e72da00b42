import { Link as MuiLink, Stack, Typography } from '@mui/material';
import { useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router';
import type { LobbyingActionRecord } from './lobbying-action-record';

/** The posts addressed, each with the person who held it at the time. */
export const TargetsField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<LobbyingActionRecord>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!record || record.targets.length === 0) return <Typography variant="body2">—</Typography>;
  return (
    <Stack spacing={0.5}>
      {record.targets.map((target) => (
        <Typography key={target.authorityId} variant="body2">
          <MuiLink component={Link} to={createPath({ resource: 'authorities', type: 'show', id: target.authorityId })}>
            {target.postTitle}
          </MuiLink>
          {target.holderName ? ` (${translate('resources.lobbying-actions.held_by', { name: target.holderName })})` : ''}
        </Typography>
      ))}
    </Stack>
  );
};
