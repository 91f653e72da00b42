import { useId, useState, type ReactNode } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  Link as MuiLink,
  Radio,
  RadioGroup,
  Skeleton,
  Stack,
  Typography,
} from '@mui/material';
import MergeIcon from '@mui/icons-material/MergeType';
import { Link, useCreatePath, useDataProvider, useNotify, useRecordContext, useRedirect, useRefresh, useTranslate, type RaRecord } from 'react-admin';
import { useCanAccessResource } from '../auth/use-can-access';
import type { AppDataProvider } from '../data/data-provider';
import type { MergeableResource } from '../data/record-methods';
import type { Schema } from '../api/schema';
import { useProviderQuery } from './use-provider-query';

/** What every duplicate candidate of the API carries, beside its own fields. */
export type DuplicateCandidate = {
  id: string;
  reason: Schema<'PersonDuplicateDto'>['reason'];
  score: number;
};

type MergeDialogProps = {
  resource: MergeableResource;
  current: { id: string; name: string };
  candidate: { id: string; name: string };
  onClose: () => void;
  /** Called once the merge is done and this record stays: its duplicates are to be read again. */
  onMergedHere: () => void;
};

/**
 * Asks which of the two records to keep and says what happens to the other,
 * then merges: the API moves everything of the merged record to the kept one
 * and deletes the merged one, in one transaction.
 */
const MergeDialog = ({ resource, current, candidate, onClose, onMergedHere }: MergeDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [keep, setKeep] = useState<'current' | 'candidate'>('current');
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const kept = keep === 'current' ? current : candidate;
  const merged = keep === 'current' ? candidate : current;

  const merge = async () => {
    setBusy(true);
    try {
      await dataProvider.merge(resource, merged.id, kept.id);
      notify('app.duplicates.merged', { type: 'success', messageArgs: { merged: merged.name, kept: kept.name } });
      onClose();
      if (kept.id === current.id) {
        onMergedHere();
        refresh();
      } else {
        redirect('show', resource, kept.id);
      }
    } catch (error: unknown) {
      const message = error instanceof Error ? error.message : 'app.errors.server';
      notify(message, { type: 'error', messageArgs: { _: message } });
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{translate('app.duplicates.merge_title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{translate('app.duplicates.which_to_keep')}</DialogContentText>
        <RadioGroup value={keep} onChange={(event) => setKeep(event.target.value === 'candidate' ? 'candidate' : 'current')}>
          <FormControlLabel value="current" control={<Radio />} label={translate('app.duplicates.keep_current', { name: current.name })} />
          <FormControlLabel value="candidate" control={<Radio />} label={translate('app.duplicates.keep_candidate', { name: candidate.name })} />
        </RadioGroup>
        <Alert severity="warning" sx={{ mt: 2 }} data-testid="merge-explanation">
          {translate(`app.duplicates.explanation_${resource}`, { kept: kept.name, merged: merged.name })}
        </Alert>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} disabled={busy}>
          {translate('ra.action.cancel')}
        </Button>
        <Button variant="contained" color="warning" startIcon={<MergeIcon />} onClick={() => void merge()} disabled={busy}>
          {translate('app.duplicates.merge_confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

type DuplicatesPanelProps<T extends DuplicateCandidate> = {
  resource: MergeableResource;
  /** The record's own name, as the dialog calls it. */
  nameOf: (record: RaRecord) => string;
  /** The candidate's name and what tells it apart (country, e-mail, status). */
  describe: (candidate: T) => { name: string; details: ReactNode };
  label?: string | false;
};

/** Records the API thinks may be the same as this one, with a merge for those who may edit. */
export const DuplicatesPanel = <T extends DuplicateCandidate>({ resource, nameOf, describe }: DuplicatesPanelProps<T>) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const createPath = useCreatePath();
  // A merge changes one record and deletes the other.
  const canEdit = useCanAccessResource(resource, 'edit');
  const canDelete = useCanAccessResource(resource, 'delete');
  const canMerge = canEdit && canDelete;
  const [merging, setMerging] = useState<{ id: string; name: string } | null>(null);
  const id = record?.id === undefined ? '' : String(record.id);
  // Keyed on updatedAt too: after an edit (a new e-mail, a new name) the candidates change.
  const { data, error, isPending, refetch } = useProviderQuery<T[]>(
    `${resource}/${id}/duplicates/${String(record?.updatedAt)}`,
    (provider) => provider.getDuplicates<T>(resource, id),
    id !== '',
  );

  if (!record) return null;
  if (isPending) return <Skeleton height={72} />;
  if (error) return <Alert severity="warning">{translate('app.duplicates.error')}</Alert>;
  if (!data || data.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="duplicates-empty">
        {translate('app.duplicates.none')}
      </Typography>
    );
  }

  return (
    <Stack spacing={1.5} sx={{ maxWidth: 900 }} data-testid="duplicates">
      <Typography variant="body2" color="text.secondary">
        {translate('app.duplicates.intro', { smart_count: data.length })}
      </Typography>
      {data.map((candidate) => {
        const { name, details } = describe(candidate);
        return (
          <Box
            key={candidate.id}
            sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', p: 1.5, border: 1, borderColor: 'divider', borderRadius: 1 }}
          >
            <Box sx={{ flex: '1 1 320px', minWidth: 0 }}>
              <MuiLink component={Link} to={createPath({ resource, type: 'show', id: candidate.id })} sx={{ fontWeight: 500 }}>
                {name}
              </MuiLink>
              <Box sx={{ color: 'text.secondary', typography: 'body2' }}>{details}</Box>
            </Box>
            <Chip size="small" label={translate(`app.duplicates.reasons.${candidate.reason}`, { score: Math.round(candidate.score * 100) })} />
            {canMerge ? (
              <Button size="small" variant="outlined" startIcon={<MergeIcon />} onClick={() => setMerging({ id: candidate.id, name })}>
                {translate('app.duplicates.merge')}
              </Button>
            ) : null}
          </Box>
        );
      })}
      {merging ? (
        <MergeDialog resource={resource} current={{ id, name: nameOf(record) }} candidate={merging} onClose={() => setMerging(null)} onMergedHere={refetch} />
      ) : null}
    </Stack>
  );
};
