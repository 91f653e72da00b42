import { useRole } from './use-role';
import type { Action } from './access-rule';
import { canAccess } from './can-access';

/** Synchronous variant of React-Admin's useCanAccess, backed by the same rules. */
export const useCanAccessResource = (resource: string, action: Action): boolean => {
  const role = useRole();
  return canAccess(role, { resource, action });
};
