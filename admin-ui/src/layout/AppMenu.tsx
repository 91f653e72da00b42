import { Menu } from 'react-admin';
import { canAccess } from '../auth/can-access';
import { useRole } from '../auth/use-role';

// Menu order: campaign work first, administration last. Resources not yet
// built (organizations, people…) join this list as they land.
const MENU_RESOURCES = ['audit-entries', 'users'] as const;

export const AppMenu = () => {
  const role = useRole();
  return (
    <Menu>
      <Menu.DashboardItem />
      {MENU_RESOURCES.filter((resource) => canAccess(role, { action: 'list', resource })).map((resource) => (
        <Menu.ResourceItem key={resource} name={resource} />
      ))}
    </Menu>
  );
};
