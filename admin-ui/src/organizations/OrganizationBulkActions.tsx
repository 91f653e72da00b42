import { useId, useState, type FormEvent, type ReactNode } from 'react';
import {
  Alert,
  Button as MuiButton,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  List as MuiList,
  ListItem,
  ListItemText,
  MenuItem,
  TextField,
} from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import GroupAddIcon from '@mui/icons-material/GroupAdd';
import PublishedWithChangesIcon from '@mui/icons-material/PublishedWithChanges';
import { Button, useDataProvider, useGetList, useListContext, useNotify, useRefresh, useTranslate, type Identifier } from 'react-admin';
import type { Schema } from '../api/schema';
import { useCanAccessResource } from '../auth/use-can-access';
import { MEMBERSHIP_STATUS_CHOICES } from '../common/organization-choices';
import { ServerExportButton } from '../common/ServerExportButton';
import type { AppDataProvider } from '../data/data-provider';
import { serverErrorText } from '../data/server-error-text';
import type { WorkingGroupRecord } from '../working-groups/working-group-record';
import type { OrganizationRecord } from './organization-record';

type BulkResponse = Schema<'OrganizationBulkResponseDto'>;
type BulkRow = BulkResponse['results'][number];

/** The API reads at most this many records by id at once. */
const IDS_PER_READ = 100;

const uniqueEmails = (organizations: readonly OrganizationRecord[]): string[] => {
  const seen = new Map<string, string>();
  for (const { email } of organizations) if (email && !seen.has(email.toLowerCase())) seen.set(email.toLowerCase(), email);
  return [...seen.values()];
};

/** Copies the e-mail addresses of the selected organizations, each address once, and says how many. */
const CopyEmailsButton = () => {
  const { selectedIds } = useListContext<OrganizationRecord>();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);

  const copy = async () => {
    setBusy(true);
    try {
      const organizations: OrganizationRecord[] = [];
      for (let start = 0; start < selectedIds.length; start += IDS_PER_READ) {
        const { data } = await dataProvider.getMany<OrganizationRecord>('organizations', { ids: selectedIds.slice(start, start + IDS_PER_READ) });
        organizations.push(...data);
      }
      const emails = uniqueEmails(organizations);
      const without = organizations.filter((organization) => !organization.email).length;
      if (emails.length === 0) {
        notify('resources.organizations.bulk.copy_none', { type: 'warning' });
        return;
      }
      await navigator.clipboard.writeText(emails.join(', '));
      notify(without > 0 ? 'resources.organizations.bulk.copied_some_missing' : 'resources.organizations.bulk.copied', {
        type: 'info',
        messageArgs: { smart_count: emails.length, without },
      });
    } catch {
      notify('resources.organizations.bulk.copy_failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button
      label="resources.organizations.bulk.copy_emails"
      onClick={() => void copy()}
      disabled={busy || selectedIds.length === 0}
      data-testid="bulk-copy-emails"
    >
      <ContentCopyIcon />
    </Button>
  );
};

/** What a bulk change did: how many changed, and each refused organization by name with the reason. */
const BulkResults = ({ rows }: { rows: readonly BulkRow[] }) => {
  const translate = useTranslate();
  const count = (outcome: BulkRow['outcome']) => rows.filter((row) => row.outcome === outcome).length;
  const refused = rows.filter((row) => row.outcome === 'refused' || row.outcome === 'not_found');
  return (
    <>
      <Alert severity={refused.length > 0 ? 'warning' : 'success'} role="status" data-testid="bulk-summary">
        {translate('resources.organizations.bulk.summary', { changed: count('changed'), unchanged: count('unchanged'), refused: refused.length })}
      </Alert>
      {refused.length > 0 ? (
        <MuiList dense aria-label={translate('resources.organizations.bulk.refused_list')} data-testid="bulk-refused">
          {refused.map((row) => (
            <ListItem key={row.id} disableGutters>
              <ListItemText
                primary={row.name ?? translate('resources.organizations.bulk.missing')}
                secondary={
                  row.outcome === 'not_found'
                    ? translate('resources.organizations.bulk.not_found')
                    : (serverErrorText({ code: row.code, message: row.message, params: row.params }, translate, 'organizations')?.message ?? row.message)
                }
              />
            </ListItem>
          ))}
        </MuiList>
      ) : null}
    </>
  );
};

type BulkChangeButtonProps = {
  label: string;
  icon: ReactNode;
  title: string;
  intro: string;
  testId: string;
  /** The label of the one choice the change needs, and its options (names already in the reader's language). */
  choiceLabel: string;
  choices: ReadonlyArray<{ id: string; name: string }>;
  run: (ids: Identifier[], choice: string) => Promise<BulkResponse>;
};

/** A bulk action that asks for one choice in a dialog, sends it for the selected rows and shows each row's result. */
const BulkChangeButton = ({ label, icon, title, intro, testId, choiceLabel, choices, run }: BulkChangeButtonProps) => {
  const translate = useTranslate();
  const { selectedIds, onUnselectItems } = useListContext<OrganizationRecord>();
  const notify = useNotify();
  const refresh = useRefresh();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState('');
  const [sending, setSending] = useState(false);
  const [rows, setRows] = useState<BulkRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    if (sending) return;
    setOpen(false);
    setChoice('');
    setRows(null);
    setError(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!choice) return;
    setSending(true);
    setError(null);
    try {
      const { results } = await run(selectedIds, choice);
      refresh();
      if (results.every((row) => row.outcome === 'changed' || row.outcome === 'unchanged')) {
        onUnselectItems();
        setOpen(false);
        setChoice('');
        notify('resources.organizations.bulk.done', {
          type: 'info',
          messageArgs: {
            changed: results.filter((row) => row.outcome === 'changed').length,
            unchanged: results.filter((row) => row.outcome === 'unchanged').length,
          },
        });
      } else {
        setRows(results);
      }
    } catch (failure: unknown) {
      setError(failure instanceof Error ? failure.message : 'app.errors.server');
    } finally {
      setSending(false);
    }
  };

  return (
    <>
      <Button label={label} onClick={() => setOpen(true)} disabled={selectedIds.length === 0} data-testid={testId}>
        <>{icon}</>
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby={titleId} maxWidth="sm" fullWidth>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <DialogTitle id={titleId}>{translate(title, { smart_count: selectedIds.length })}</DialogTitle>
          <DialogContent>
            {rows ? (
              <BulkResults rows={rows} />
            ) : (
              <>
                <DialogContentText sx={{ mb: 2 }}>{translate(intro)}</DialogContentText>
                <TextField select fullWidth required label={translate(choiceLabel)} value={choice} onChange={(event) => setChoice(event.target.value)}>
                  {choices.map((option) => (
                    <MenuItem key={option.id} value={option.id}>
                      {option.name}
                    </MenuItem>
                  ))}
                </TextField>
              </>
            )}
            {error ? (
              <Alert severity="error" role="alert" sx={{ mt: 2 }}>
                {translate(error, { _: error })}
              </Alert>
            ) : null}
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={close} disabled={sending} data-testid="bulk-close">
              {translate(rows ? 'ra.action.close' : 'ra.action.cancel')}
            </MuiButton>
            {rows ? null : (
              <MuiButton
                type="submit"
                variant="contained"
                disabled={sending || !choice}
                startIcon={sending ? <CircularProgress size={18} color="inherit" /> : null}
                data-testid="bulk-confirm"
              >
                {translate('resources.organizations.bulk.apply')}
              </MuiButton>
            )}
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};

const ChangeMembershipStatusButton = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  return (
    <BulkChangeButton
      label="resources.organizations.bulk.change_status"
      icon={<PublishedWithChangesIcon />}
      title="resources.organizations.bulk.change_status_title"
      intro="resources.organizations.bulk.change_status_intro"
      testId="bulk-change-status"
      choiceLabel="resources.organizations.fields.membershipStatus"
      choices={MEMBERSHIP_STATUS_CHOICES.map((choice) => ({ id: choice.id, name: translate(choice.name) }))}
      run={async (ids, choice) => (await dataProvider.setMembershipStatuses<BulkResponse>(ids, choice)).data}
    />
  );
};

const AddToWorkingGroupButton = () => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data: groups = [] } = useGetList<WorkingGroupRecord>('working-groups', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
  return (
    <BulkChangeButton
      label="resources.organizations.bulk.add_to_group"
      icon={<GroupAddIcon />}
      title="resources.organizations.bulk.add_to_group_title"
      intro="resources.organizations.bulk.add_to_group_intro"
      testId="bulk-add-to-group"
      choiceLabel="resources.organizations.filters.workingGroupId"
      choices={groups}
      run={async (ids, choice) => (await dataProvider.addToWorkingGroup<BulkResponse>(ids, choice)).data}
    />
  );
};

/** What the staff may do with the selected organizations: the secretariat also changes them. */
export const OrganizationBulkActions = () => {
  const canEdit = useCanAccessResource('organizations', 'edit');
  return (
    <>
      <CopyEmailsButton />
      {canEdit ? <AddToWorkingGroupButton /> : null}
      {canEdit ? <ChangeMembershipStatusButton /> : null}
      <ServerExportButton selectedOnly label="app.export.selected_csv" />
    </>
  );
};
