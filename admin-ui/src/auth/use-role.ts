import { usePermissions } from 'react-admin';
import { isRole, type Role } from './roles';

/** The signed-in user's role, or null while unknown or signed out. */
export const useRole = (): Role | null => {
  const { permissions } = usePermissions<unknown>();
  return isRole(permissions) ? permissions : null;
};
