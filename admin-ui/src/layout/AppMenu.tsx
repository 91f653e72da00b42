import { Fragment, type ReactNode } from 'react';
import { Divider, ListSubheader } from '@mui/material';
import AccountCircleIcon from '@mui/icons-material/AccountCircle';
import CorporateFareIcon from '@mui/icons-material/CorporateFare';
import PolicyIcon from '@mui/icons-material/Policy';
import { Menu, useSidebarState, useTranslate } from 'react-admin';
import { canAccess } from '../auth/can-access';
import type { Role } from '../auth/roles';
import { useRole } from '../auth/use-role';
import { MY_ORGANIZATION_PATH, MY_PROFILE_PATH } from '../me/my-records';
import { SECURITY_POLICY_PATH } from '../security/security-records';
import { PendingApplicationsMenuItem } from './PendingApplicationsMenuItem';

type MenuSection = {
  title: string;
  resources: readonly string[];
};

// Menu order: campaign work first, administration last. A resource not yet
// registered in App.tsx renders nothing, so sections may name resources ahead.
const MENU_SECTIONS: readonly MenuSection[] = [
  { title: 'app.menu.members', resources: ['organizations', 'people', 'membership-applications', 'working-groups'] },
  { title: 'app.menu.campaign', resources: ['countries'] },
  { title: 'app.menu.administration', resources: ['imports', 'audit-entries', 'users', 'security-policy'] },
];

// Items that need more than a plain resource link (a badge…).
const SPECIAL_ITEMS: Readonly<Record<string, () => ReactNode>> = {
  'membership-applications': () => <PendingApplicationsMenuItem key="membership-applications" />,
  // A page, not a resource.
  'security-policy': () => (
    <Menu.Item key="security-policy" to={SECURITY_POLICY_PATH} primaryText="app.menu.security_policy" leftIcon={<PolicyIcon />} data-testid="menu-security-policy" />
  ),
};

const visibleResources = (role: Role | null, section: MenuSection): string[] =>
  section.resources.filter((resource) => canAccess(role, { action: 'list', resource }));

const SectionTitle = ({ title }: { title: string }) => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  // A folded sidebar shows icons only: a line keeps the groups apart without text.
  if (!open) return <Divider component="li" sx={{ my: 1 }} />;
  // Inside a menu only items, groups and separators may sit: the title is a named separator.
  return (
    <ListSubheader component="li" role="separator" aria-label={translate(title)} disableSticky sx={{ lineHeight: 2.5, mt: 1, bgcolor: 'transparent' }}>
      {translate(title)}
    </ListSubheader>
  );
};

export const AppMenu = () => {
  const role = useRole();
  return (
    <Menu>
      <Menu.DashboardItem />
      {/* A member's own pages: custom routes, with canAccess rules of their own. */}
      {canAccess(role, { action: 'edit', resource: 'my-profile' }) ? (
        <Menu.Item to={MY_PROFILE_PATH} primaryText="app.menu.my_profile" leftIcon={<AccountCircleIcon />} data-testid="menu-my-profile" />
      ) : null}
      {canAccess(role, { action: 'edit', resource: 'my-organization' }) ? (
        <Menu.Item to={MY_ORGANIZATION_PATH} primaryText="app.menu.my_organization" leftIcon={<CorporateFareIcon />} data-testid="menu-my-organization" />
      ) : null}
      {MENU_SECTIONS.map((section) => {
        const resources = visibleResources(role, section);
        if (resources.length === 0) return null;
        return (
          <Fragment key={section.title}>
            <SectionTitle title={section.title} />
            {resources.map((resource) => SPECIAL_ITEMS[resource]?.() ?? <Menu.ResourceItem key={resource} name={resource} />)}
          </Fragment>
        );
      })}
    </Menu>
  );
};
