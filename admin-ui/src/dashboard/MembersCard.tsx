import type { ReactNode } from 'react';
import { Alert, Card, CardActions, CardContent, List, ListItem, ListItemButton, ListItemText, Skeleton, Typography } from '@mui/material';
import { Button, Link, useCreatePath, useGetList, useTranslate } from 'react-admin';
import { canAccess } from '../auth/can-access';
import { useRole } from '../auth/use-role';
import { MEMBERSHIP_STATUSES, type MembershipStatus } from '@contract/organizations/organization.contract';
import { MembershipStatusChip } from '../organizations/MembershipStatusField';

// One row is enough: the count comes from the Content-Range total. The API
// sorts only by whitelisted fields, and React-Admin's default (id) is not one.
const COUNT_ONLY = { page: 1, perPage: 1 };
const ANY_ORDER = { field: 'createdAt', order: 'DESC' } as const;

const listPath = (base: string, filter: Record<string, string>): string => `${base}?filter=${encodeURIComponent(JSON.stringify(filter))}`;

const useCount = (resource: string, filter: Record<string, string>, enabled = true) => {
  const { total, isPending, error } = useGetList(resource, { filter, pagination: COUNT_ONLY, sort: ANY_ORDER }, { enabled });
  return { total, isPending, error };
};

const CountRow = ({ label, to, testId, count }: { label: ReactNode; to: string; testId: string; count: ReturnType<typeof useCount> }) => (
  <ListItem disablePadding>
    <ListItemButton component={Link} to={to} data-testid={testId}>
      <ListItemText primary={label} />
      <Typography variant="h6" component="span">
        {count.isPending ? <Skeleton width={32} /> : count.error ? '–' : (count.total ?? 0)}
      </Typography>
    </ListItemButton>
  </ListItem>
);

const StatusRow = ({ status, base }: { status: MembershipStatus; base: string }) => {
  const count = useCount('organizations', { membershipStatus: status });
  return (
    <CountRow
      label={<MembershipStatusChip status={status} />}
      to={listPath(base, { membershipStatus: status })}
      testId={`members-count-${status}`}
      count={count}
    />
  );
};

/** Organizations recorded with the status "applicant": on file, not admitted yet (not the public form's applications). */
const ApplicantOrganizations = ({ base }: { base: string }) => {
  const translate = useTranslate();
  const count = useCount('organizations', { membershipStatus: 'applicant' });
  return (
    <CountRow
      label={translate('app.dashboard.members.applicant_organizations')}
      to={listPath(base, { membershipStatus: 'applicant' })}
      testId="members-count-applicant"
      count={count}
    />
  );
};

const PendingApplications = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const count = useCount('membership-applications', { status: 'pending' });
  if (count.error) {
    return (
      <ListItem disablePadding>
        <Alert severity="warning">{translate('app.dashboard.members.applications_error')}</Alert>
      </ListItem>
    );
  }
  return (
    <CountRow
      label={translate('app.dashboard.members.pending_applications')}
      to={listPath(createPath({ resource: 'membership-applications', type: 'list' }), { status: 'pending' })}
      testId="pending-applications"
      count={count}
    />
  );
};

/**
 * Two different things wait for a decision, and each is counted once under its
 * own name: membership applications sent through the public form, and
 * organizations the secretariat recorded as applicants. The statuses of
 * admitted organizations are listed apart.
 */
const DECIDED_STATUSES = MEMBERSHIP_STATUSES.filter((status) => status !== 'applicant');

/** Member organizations by membership status, and the applications waiting for a decision. */
export const MembersCard = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const role = useRole();
  const base = createPath({ resource: 'organizations', type: 'list' });
  const showApplications = canAccess(role, { action: 'list', resource: 'membership-applications' });

  return (
    <Card component="section" aria-labelledby="members-card-title" data-testid="members-card">
      <CardContent>
        <Typography id="members-card-title" component="h2" variant="h6" gutterBottom>
          {translate('app.dashboard.members.title')}
        </Typography>
        <Typography id="members-awaiting-title" component="h3" variant="subtitle2" color="text.secondary">
          {translate('app.dashboard.members.awaiting_title')}
        </Typography>
        <List dense disablePadding aria-labelledby="members-awaiting-title" data-testid="members-awaiting">
          {showApplications ? <PendingApplications /> : null}
          <ApplicantOrganizations base={base} />
        </List>
        <Typography
          id="members-status-title"
          component="h3"
          variant="subtitle2"
          color="text.secondary"
          sx={{ mt: 1, pt: 1, borderTop: 1, borderColor: 'divider' }}
        >
          {translate('app.dashboard.members.by_status')}
        </Typography>
        <List dense disablePadding aria-labelledby="members-status-title">
          {DECIDED_STATUSES.map((status) => (
            <StatusRow key={status} status={status} base={base} />
          ))}
        </List>
      </CardContent>
      <CardActions>
        <Button component={Link} to={base} label="app.dashboard.members.all" />
      </CardActions>
    </Card>
  );
};
