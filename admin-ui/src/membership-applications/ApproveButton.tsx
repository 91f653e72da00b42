import { useId, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
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
  Typography,
} from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import { Link, useCreatePath, useDataProvider, useRefresh, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../data/data-provider';
import type { ApprovalLinks } from '../data/workflow-methods';
import type {
  ApplicationApproval,
  DuplicateReason,
  MembershipApplicationRecord,
  OrganizationDuplicate,
  PersonDuplicate,
} from './membership-application-record';

/** The radio value for "create a new record"; any other value is the id of a candidate to link. */
const CREATE_NEW = 'new';

type Option = {
  id: string;
  label: string;
  /** A line under the label, already translated (the candidate's membership status). */
  detail?: string;
  /** Why this candidate cannot be linked, already translated; the option is then disabled. */
  unavailable?: string;
};

/** A tick box the reviewer must check before a new record is created beside an exact duplicate. */
type NewRecordConfirmation = { label: string; checked: boolean; onChange: (checked: boolean) => void };

const LinkChoice = ({
  legend,
  createLabel,
  helper,
  options,
  value,
  onChange,
  confirmation,
  testId,
}: {
  legend: string;
  /** Left out when creating is not possible (a person already has the applicant's e-mail). */
  createLabel?: string;
  helper?: string;
  options: Option[];
  value: string;
  onChange: (value: string) => void;
  /** Shown while "create a new record" is chosen, when the record would be an exact duplicate. */
  confirmation?: NewRecordConfirmation;
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
        {options.map((option) => (
          <FormControlLabel
            key={option.id}
            value={option.id}
            disabled={option.unavailable !== undefined}
            control={<Radio />}
            sx={{ alignItems: 'flex-start', '& .MuiRadio-root': { pt: 0.5 }, mb: 0.5 }}
            label={
              <Box sx={{ pt: 0.75 }}>
                {translate('resources.membership-applications.approve.link_to', { name: option.label })}
                {option.detail ? (
                  <Typography variant="body2" color="text.secondary" component="span" sx={{ display: 'block' }}>
                    {option.detail}
                  </Typography>
                ) : null}
                {option.unavailable ? (
                  <Typography variant="body2" color="warning.dark" component="span" sx={{ display: 'block' }}>
                    {option.unavailable}
                  </Typography>
                ) : null}
              </Box>
            }
          />
        ))}
        {createLabel ? <FormControlLabel value={CREATE_NEW} control={<Radio />} label={translate(createLabel)} /> : null}
      </RadioGroup>
      {confirmation && value === CREATE_NEW ? (
        <FormControlLabel
          sx={{ ml: 3 }}
          control={<Checkbox checked={confirmation.checked} onChange={(event) => confirmation.onChange(event.target.checked)} />}
          label={confirmation.label}
        />
      ) : null}
      {helper ? <FormHelperText sx={{ mx: 0 }}>{translate(helper)}</FormHelperText> : null}
    </FormControl>
  );
};

/** The strongest candidate that may be linked: the API lists the same e-mail first, then the same name in the same country. */
const strongest = <T extends { id: string; reason: DuplicateReason }>(candidates: readonly T[], linkable: (candidate: T) => boolean): T | undefined =>
  candidates.find((candidate) => candidate.reason !== 'similar_name' && linkable(candidate));

/** The API refuses to create a record beside one of these unless the reviewer confirms it is another. */
const exactDuplicate = <T extends { reason: DuplicateReason }>(candidates: readonly T[]): T | undefined =>
  candidates.find((candidate) => candidate.reason !== 'similar_name');

/** A suspension is lifted on the organization's page, not by an application. */
const isLinkable = (candidate: OrganizationDuplicate): boolean => candidate.membershipStatus !== 'suspended';

const organizationName = (candidate: OrganizationDuplicate): string => (candidate.acronym ? `${candidate.name} (${candidate.acronym})` : candidate.name);
const personName = (candidate: PersonDuplicate): string => `${candidate.firstName} ${candidate.lastName}`;

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

  const exactOrganization = exactDuplicate(duplicates.organizations);
  const exactPerson = samePerson ? undefined : exactDuplicate(duplicates.people);

  const [open, setOpen] = useState(false);
  const [organizationChoice, setOrganizationChoice] = useState(CREATE_NEW);
  const [personChoice, setPersonChoice] = useState(CREATE_NEW);
  const [newOrganizationConfirmed, setNewOrganizationConfirmed] = useState(false);
  const [newPersonConfirmed, setNewPersonConfirmed] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [approval, setApproval] = useState<ApplicationApproval | null>(null);

  const close = () => {
    if (sending) return;
    setOpen(false);
    setError(null);
    if (approval) refresh();
  };

  // The choices start afresh from the record as it is now (it may have been a list row when first rendered),
  // on the strongest candidate: approving must not create an exact duplicate by default.
  const start = () => {
    setOrganizationChoice(strongest(duplicates.organizations, isLinkable)?.id ?? CREATE_NEW);
    setPersonChoice(samePerson?.id ?? strongest(duplicates.people, () => true)?.id ?? CREATE_NEW);
    setNewOrganizationConfirmed(false);
    setNewPersonConfirmed(false);
    setApproval(null);
    setError(null);
    setOpen(true);
  };

  const unconfirmedOrganization = organizationChoice === CREATE_NEW && exactOrganization !== undefined && !newOrganizationConfirmed;
  const unconfirmedPerson = personChoice === CREATE_NEW && exactPerson !== undefined && !newPersonConfirmed;

  const approve = async () => {
    const links: ApprovalLinks = {};
    if (organizationChoice !== CREATE_NEW) links.organizationId = organizationChoice;
    else if (exactOrganization) links.confirmNewOrganization = true;
    if (personChoice !== CREATE_NEW) links.personId = personChoice;
    else if (exactPerson) links.confirmNewPerson = true;
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

  const confirmation = (kind: 'organization' | 'person', name: string, checked: boolean, onChange: (checked: boolean) => void): NewRecordConfirmation => ({
    label: translate(`resources.membership-applications.approve.confirm_new_${kind}`, { name }),
    checked,
    onChange,
  });
  const organizationOptions: Option[] = duplicates.organizations.map((candidate) => ({
    id: candidate.id,
    label: organizationName(candidate),
    detail: translate('resources.membership-applications.approve.candidate_status', {
      status: translate(`app.choices.membership_status.${candidate.membershipStatus}`, { _: candidate.membershipStatus }),
    }),
    unavailable: isLinkable(candidate) ? undefined : translate('resources.membership-applications.approve.suspended_candidate'),
  }));
  const personOptions: Option[] = duplicates.people.map((candidate) => ({
    id: candidate.id,
    label: candidate.email ? `${personName(candidate)} <${candidate.email}>` : personName(candidate),
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
                  confirmation={
                    exactOrganization &&
                    confirmation('organization', organizationName(exactOrganization), newOrganizationConfirmed, setNewOrganizationConfirmed)
                  }
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
                  confirmation={exactPerson && confirmation('person', personName(exactPerson), newPersonConfirmed, setNewPersonConfirmed)}
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
                disabled={sending || unconfirmedOrganization || unconfirmedPerson}
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
