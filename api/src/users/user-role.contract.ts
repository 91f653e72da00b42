export const USER_ROLES = ['admin', 'coordinator', 'steering', 'member'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Roles that see every campaign record (members see only their own). */
export const STAFF_ROLES: UserRole[] = ['admin', 'coordinator', 'steering'];
/** Roles that may change campaign records. */
export const EDITOR_ROLES: UserRole[] = ['admin', 'coordinator'];
