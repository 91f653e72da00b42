import { useRole } from './use-role';
import { canAccess, type Action } from './can-access';

/** Synchronous variant of React-Admin's useCanAccess, backed by the same rules. */
export const useCanAccessResource = (resource: string, action: Action): boolean => {
  const role = useRole();
  return canAccess(role, { resource, action });
};
