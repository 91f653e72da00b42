import { USER_ROLES, type UserRole } from '@contract/users/user-role.contract';

export type Role = UserRole;

export const isRole = (value: unknown): value is Role => USER_ROLES.some((role) => role === value);

/** Choices for SelectInput / SelectField; names are i18n keys. */
export const ROLE_CHOICES: ReadonlyArray<{ id: Role; name: string }> = USER_ROLES.map((role) => ({
  id: role,
  name: `app.roles.${role}`,
}));
