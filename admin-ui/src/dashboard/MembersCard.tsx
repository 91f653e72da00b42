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

const StatusRow = ({ status, base }: { status: MembershipStatus; base: string }) => {
  const { total, isPending, error } = useCount('organizations', { membershipStatus: status });
  return (
    <ListItem disablePadding>
      <ListItemButton component={Link} to={listPath(base, { membershipStatus: status })} data-testid={`members-count-${status}`}>
        <ListItemText primary={<MembershipStatusChip status={status} />} />
        <Typography variant="h6" component="span">
          {isPending ? <Skeleton width={32} /> : error ? '–' : (total ?? 0)}
        </Typography>
      </ListItemButton>
    </ListItem>
  );
};

const PendingApplications = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { total, isPending, error } = useCount('membership-applications', { status: 'pending' });
  if (error) {
    return (
      <ListItem disablePadding>
        <Alert severity="warning">{translate('app.dashboard.members.applications_error')}</Alert>
      </ListItem>
    );
  }
  return (
    <ListItem disablePadding>
      <ListItemButton
        component={Link}
        to={listPath(createPath({ resource: 'membership-applications', type: 'list' }), { status: 'pending' })}
        data-testid="pending-applications"
      >
        <ListItemText primary={translate('app.dashboard.members.pending_applications')} />
        <Typography variant="h6" component="span">
          {isPending ? <Skeleton width={32} /> : (total ?? 0)}
        </Typography>
      </ListItemButton>
    </ListItem>
  );
};

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
        <List dense disablePadding aria-label={translate('app.dashboard.members.by_status')}>
          {MEMBERSHIP_STATUSES.map((status) => (
            <StatusRow key={status} status={status} base={base} />
          ))}
        </List>
        {showApplications ? (
          <List dense disablePadding sx={{ mt: 1, borderTop: 1, borderColor: 'divider' }}>
            <PendingApplications />
          </List>
        ) : null}
      </CardContent>
      <CardActions>
        <Button component={Link} to={base} label="app.dashboard.members.all" />
      </CardActions>
    </Card>
  );
};
