import { Badge } from '@mui/material';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import { Menu, useGetList, useTranslate } from 'react-admin';
import { visuallyHidden } from '../common/visually-hidden';

const PENDING = { filter: { status: 'pending' }, pagination: { page: 1, perPage: 1 }, sort: { field: 'createdAt', order: 'DESC' } } as const;
// The queue changes when someone applies; a minute is fresh enough for a menu badge.
const REFRESH_MS = 60_000;

/** "Applications" (short enough for the sidebar) with the number still waiting for review on its icon. */
export const PendingApplicationsMenuItem = () => {
  const translate = useTranslate();
  const { total } = useGetList('membership-applications', PENDING, { refetchInterval: REFRESH_MS });
  const pending = total ?? 0;
  return (
    <Menu.ResourceItem
      name="membership-applications"
      data-testid="menu-applications"
      leftIcon={
        <Badge badgeContent={pending} color="warning" max={99} data-testid="pending-applications-badge">
          <HowToRegIcon />
        </Badge>
      }
      primaryText={
        <>
          {translate('app.menu.applications')}
          {pending > 0 ? (
            <span style={visuallyHidden}>{` (${translate('resources.membership-applications.pending_count', { smart_count: pending })})`}</span>
          ) : null}
        </>
      }
    />
  );
};
