import { useId, useState } from 'react';
import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
} from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import { Link, useCreatePath, useDataProvider, useRefresh, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../data/data-provider';
import type { ApprovalLinks } from '../data/workflow-methods';
import type { ApplicationApproval, MembershipApplicationRecord } from './membership-application-record';

/** The radio value for "create a new record"; any other value is the id of a candidate to link. */
const CREATE_NEW = 'new';

type Option = { id: string; label: string };

const LinkChoice = ({
  legend,
  createLabel,
  helper,
  options,
  value,
  onChange,
  testId,
}: {
  legend: string;
  /** Left out when creating is not possible (a person already has the applicant's e-mail). */
  createLabel?: string;
  helper?: string;
  options: Option[];
  value: string;
  onChange: (value: string) => void;
  testId: string;
}) => {
  const translate = useTranslate();
  const legendId = useId();
  return (
    <FormControl component="fieldset" sx={{ mt: 2, display: 'block' }} data-testid={testId}>
      <FormLabel component="legend" id={legendId} sx={{ fontWeight: 500, color: 'text.primary' }}>
        {translate(legend)}
      </FormLabel>
      <RadioGroup aria-labelledby={legendId} value={value} onChange={(event) => onChange(event.target.value)}>
        {createLabel ? <FormControlLabel value={CREATE_NEW} control={<Radio />} label={translate(createLabel)} /> : null}
        {options.map((option) => (
          <FormControlLabel
            key={option.id}
            value={option.id}
            control={<Radio />}
            label={translate('resources.membership-applications.approve.link_to', { name: option.label })}
          />
        ))}
      </RadioGroup>
      {helper ? <FormHelperText sx={{ mx: 0 }}>{translate(helper)}</FormHelperText> : null}
    </FormControl>
  );
};

const ApprovalResult = ({ approval }: { approval: ApplicationApproval }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  return (
    <>
      <Alert severity="success" role="status" data-testid="approval-result">
        {translate('resources.membership-applications.approve.done')}
      </Alert>
      <Stack direction="row" spacing={3} sx={{ mt: 2 }}>
        <Link to={createPath({ resource: 'organizations', id: approval.organizationId, type: 'show' })}>
          {translate('resources.membership-applications.approve.open_organization')}
        </Link>
        <Link to={createPath({ resource: 'people', id: approval.personId, type: 'show' })}>
          {translate('resources.membership-applications.approve.open_person')}
        </Link>
      </Stack>
    </>
  );
};

/**
 * Approves after the reviewer chose, for the organization and for the
 * contact, between a new record and one of the duplicate candidates. The API
 * does it all in one transaction and invites the contact by e-mail.
 */
export const ApproveButton = ({ record }: { record: MembershipApplicationRecord }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const refresh = useRefresh();
  const titleId = useId();
  const duplicates = record.duplicates ?? { organizations: [], people: [], applications: [] };
  // E-mail addresses are unique per person: the API links a person who has the
  // applicant's e-mail rather than create a second one, so the dialog offers no "new person" then.
  const samePerson = duplicates.people.find((person) => person.reason === 'same_email');

  const [open, setOpen] = useState(false);
  const [organizationChoice, setOrganizationChoice] = useState(CREATE_NEW);
  const [personChoice, setPersonChoice] = useState(CREATE_NEW);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [approval, setApproval] = useState<ApplicationApproval | null>(null);

  const close = () => {
    if (sending) return;
    setOpen(false);
    setError(null);
    if (approval) refresh();
  };

  // The choices start afresh from the record as it is now (it may have been a list row when first rendered).
  const start = () => {
    setOrganizationChoice(CREATE_NEW);
    setPersonChoice(samePerson?.id ?? CREATE_NEW);
    setApproval(null);
    setError(null);
    setOpen(true);
  };

  const approve = async () => {
    const links: ApprovalLinks = {};
    if (organizationChoice !== CREATE_NEW) links.organizationId = organizationChoice;
    if (personChoice !== CREATE_NEW) links.personId = personChoice;
    setSending(true);
    setError(null);
    try {
      const { data } = await dataProvider.approveApplication<ApplicationApproval>(record.id, links);
      setApproval(data);
    } catch (failure: unknown) {
      setError(failure instanceof Error ? failure.message : 'app.errors.server');
    } finally {
      setSending(false);
    }
  };

  const organizationOptions = duplicates.organizations.map((candidate) => ({
    id: candidate.id,
    label: candidate.acronym ? `${candidate.name} (${candidate.acronym})` : candidate.name,
  }));
  const personOptions = duplicates.people.map((candidate) => ({
    id: candidate.id,
    label: candidate.email ? `${candidate.firstName} ${candidate.lastName} <${candidate.email}>` : `${candidate.firstName} ${candidate.lastName}`,
  }));

  return (
    <>
      <Button variant="contained" color="success" startIcon={<CheckIcon />} onClick={start} data-testid="approve-button">
        {translate('resources.membership-applications.approve.button')}
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby={titleId} maxWidth="sm" fullWidth>
        <DialogTitle id={titleId}>
          {approval
            ? translate('resources.membership-applications.approve.done_title')
            : translate('resources.membership-applications.approve.title', { name: record.organizationName })}
        </DialogTitle>
        <DialogContent>
          {approval ? (
            <ApprovalResult approval={approval} />
          ) : (
            <>
              <DialogContentText>{translate('resources.membership-applications.approve.intro')}</DialogContentText>
              {organizationOptions.length > 0 ? (
                <LinkChoice
                  legend="resources.membership-applications.approve.organization"
                  createLabel="resources.membership-applications.approve.create_organization"
                  options={organizationOptions}
                  value={organizationChoice}
                  onChange={setOrganizationChoice}
                  testId="approve-organization-choice"
                />
              ) : null}
              {personOptions.length > 0 ? (
                <LinkChoice
                  legend="resources.membership-applications.approve.person"
                  createLabel={samePerson ? undefined : 'resources.membership-applications.approve.create_person'}
                  helper={samePerson ? 'resources.membership-applications.approve.same_email_person' : undefined}
                  options={personOptions}
                  value={personChoice}
                  onChange={setPersonChoice}
                  testId="approve-person-choice"
                />
              ) : null}
              {error ? (
                <Alert severity="error" role="alert" sx={{ mt: 2 }}>
                  {translate(error, { _: error })}
                </Alert>
              ) : null}
            </>
          )}
        </DialogContent>
        <DialogActions>
          {approval ? (
            <Button onClick={close} variant="contained" autoFocus>
              {translate('ra.action.close')}
            </Button>
          ) : (
            <>
              <Button onClick={close} disabled={sending}>
                {translate('ra.action.cancel')}
              </Button>
              <Button
                onClick={() => void approve()}
                variant="contained"
                color="success"
                disabled={sending}
                startIcon={sending ? <CircularProgress size={18} color="inherit" /> : <CheckIcon />}
                data-testid="approve-confirm"
              >
                {translate('resources.membership-applications.approve.confirm')}
              </Button>
            </>
          )}
        </DialogActions>
      </Dialog>
    </>
  );
};
