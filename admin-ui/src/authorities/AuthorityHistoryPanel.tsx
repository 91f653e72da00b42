import {
  Alert,
  Box,
  Button as MuiButton,
  Card,
  CardContent,
  Chip,
  List,
  ListItem,
  ListItemText,
  Stack,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useDataProvider, useLocale, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useCanAccessResource } from '../auth/use-can-access';
import { formatDateTime } from '../common/format-date-time';
import { useProviderQuery } from '../common/use-provider-query';
import type { AppDataProvider } from '../data/data-provider';
import type { AuthorityHistory, AuthorityRecord } from './authority-record';
import { StanceChip } from './StanceChip';

const formatDay = (day: string | null, locale: string): string =>
  day ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`)) : '…';

/** A new person in the post, for the secretariat: the previous holder's time ends the day before. */
const NewHolderForm = ({ authorityId, onSaved }: { authorityId: string; onSaved: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [personName, setPersonName] = useState('');
  const [since, setSince] = useState('');
  const [saving, setSaving] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!personName.trim()) return;
    setSaving(true);
    dataProvider
      .addAuthorityHolder(authorityId, { personName: personName.trim(), since: since || null })
      .then(() => {
        notify('resources.authorities.history.holder_saved', { type: 'success' });
        setPersonName('');
        setSince('');
        onSaved();
      })
      .catch((error: unknown) => notify(error instanceof Error ? error.message : 'app.errors.server', { type: 'error' }))
      .finally(() => setSaving(false));
  };
  return (
    <Box component="form" onSubmit={submit} aria-labelledby="new-holder-title" sx={{ mt: 2 }}>
      <Typography id="new-holder-title" component="h3" variant="subtitle1">
        {translate('resources.authorities.history.new_holder')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mt: 1, alignItems: { sm: 'center' } }}>
        <MuiTextField
          size="small"
          required
          label={translate('resources.authorities.history.person_name')}
          value={personName}
          onChange={(e) => setPersonName(e.target.value)}
        />
        <MuiTextField
          size="small"
          type="date"
          label={translate('resources.authorities.history.since')}
          value={since}
          onChange={(e) => setSince(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <MuiButton type="submit" variant="outlined" disabled={saving || !personName.trim()} sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
          {translate('resources.authorities.history.save_holder')}
        </MuiButton>
      </Stack>
    </Box>
  );
};

/** The people who held the post and the changes of its stance, latest first. */
export const AuthorityHistoryPanel = () => {
  const record = useRecordContext<AuthorityRecord>();
  const translate = useTranslate();
  const locale = useLocale();
  const refresh = useRefresh();
  const canEdit = useCanAccessResource('authorities', 'edit');
  const { data, error, refetch } = useProviderQuery<AuthorityHistory>(
    `authority-history:${record?.id ?? ''}:${record?.updatedAt ?? ''}`,
    (provider) => provider.getAuthorityHistory<AuthorityHistory>(record?.id ?? ''),
    Boolean(record),
  );
  if (!record) return null;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
        <section aria-labelledby="holders-title">
          <Typography id="holders-title" component="h2" variant="h6">
            {translate('resources.authorities.history.holders')}
          </Typography>
          {data && data.holders.length === 0 ? (
            <Typography color="text.secondary">{translate('resources.authorities.history.no_holders')}</Typography>
          ) : (
            <List dense disablePadding data-testid="authority-holders">
              {data?.holders.map((holder) => (
                <ListItem key={holder.id} disableGutters divider>
                  <ListItemText
                    primary={
                      <>
                        {holder.personName}{' '}
                        {holder.until === null ? <Chip size="small" color="primary" label={translate('resources.authorities.history.current')} /> : null}
                      </>
                    }
                    secondary={`${formatDay(holder.since, locale)} – ${holder.until ? formatDay(holder.until, locale) : ''}`}
                  />
                </ListItem>
              ))}
            </List>
          )}
          {canEdit ? (
            <NewHolderForm
              authorityId={String(record.id)}
              onSaved={() => {
                refetch();
                refresh();
              }}
            />
          ) : null}
        </section>
        <section aria-labelledby="stance-title">
          <Typography id="stance-title" component="h2" variant="h6">
            {translate('resources.authorities.history.stance')}
          </Typography>
          {data && data.stanceChanges.length === 0 ? (
            <Typography color="text.secondary">{translate('resources.authorities.history.no_stance')}</Typography>
          ) : (
            <List dense disablePadding data-testid="authority-stance-history">
              {data?.stanceChanges.map((change) => (
                <ListItem key={change.id} disableGutters divider>
                  <ListItemText
                    primary={
                      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} component="span">
                        <StanceChip stance={change.fromStance} />
                        <span aria-hidden="true">→</span>
                        <StanceChip stance={change.toStance} />
                      </Stack>
                    }
                    secondary={
                      <>
                        {formatDateTime(change.changedAt, locale)}
                        {change.userEmail ? ` · ${translate('resources.authorities.history.by', { who: change.userEmail })}` : ''}
                        {change.note ? (
                          <>
                            <br />
                            {change.note}
                          </>
                        ) : null}
                      </>
                    }
                  />
                </ListItem>
              ))}
            </List>
          )}
        </section>
      </CardContent>
    </Card>
  );
};
