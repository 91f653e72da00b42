import { Fragment } from 'react';
import { Divider, ListSubheader } from '@mui/material';
import AccountCircleIcon from '@mui/icons-material/AccountCircle';
import CorporateFareIcon from '@mui/icons-material/CorporateFare';
import Diversity3Icon from '@mui/icons-material/Diversity3';
import PolicyIcon from '@mui/icons-material/Policy';
import { Menu, useSidebarState, useTranslate } from 'react-admin';
import { canAccess } from '../auth/can-access';
import type { Role } from '../auth/roles';
import { useRole } from '../auth/use-role';
import { MENU_GROUPS, type MenuEntry, type MenuGroup } from '../common/resource-definition';
import { MEMBER_DIRECTORY_PATH, MY_ORGANIZATION_PATH, MY_PROFILE_PATH } from '../me/my-records';
import { RESOURCES } from '../resources';
import { SECURITY_POLICY_PATH } from '../security/security-records';

/** A link of the menu, from a resource's definition or one of the pages below. */
type MenuItem = MenuEntry & {
  /** The resource or page name canAccess knows it by. */
  name: string;
};

// Pages that sit in a resource group (custom routes, not resources).
const PAGE_ITEMS: readonly MenuItem[] = [
  {
    name: 'security-policy',
    group: 'administration',
    order: 40,
    render: () => (
      <Menu.Item
        key="security-policy"
        to={SECURITY_POLICY_PATH}
        primaryText="app.menu.security_policy"
        leftIcon={<PolicyIcon />}
        data-testid="menu-security-policy"
      />
    ),
  },
];

// Read when the menu renders, not at import, like canAccess's rules.
const menuItems = (): readonly MenuItem[] => [...RESOURCES.flatMap(({ name, menu }) => (menu ? [{ name, ...menu }] : [])), ...PAGE_ITEMS];

const visibleItems = (role: Role | null, group: MenuGroup): MenuItem[] =>
  menuItems()
    .filter((item) => item.group === group && canAccess(role, { action: 'list', resource: item.name }))
    .sort((a, b) => a.order - b.order);

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
      {canAccess(role, { action: 'list', resource: 'member-directory' }) ? (
        <Menu.Item to={MEMBER_DIRECTORY_PATH} primaryText="app.menu.member_directory" leftIcon={<Diversity3Icon />} data-testid="menu-member-directory" />
      ) : null}
      {MENU_GROUPS.map((group) => {
        const items = visibleItems(role, group);
        if (items.length === 0) return null;
        return (
          <Fragment key={group}>
            <SectionTitle title={`app.menu.${group}`} />
            {items.map((item) => item.render?.() ?? <Menu.ResourceItem key={item.name} name={item.name} />)}
          </Fragment>
        );
      })}
    </Menu>
  );
};
