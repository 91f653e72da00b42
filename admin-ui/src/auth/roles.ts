export const ROLES = ['admin', 'coordinator', 'steering', 'member'] as const;

export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** Choices for SelectInput / SelectField; names are i18n keys. */
export const ROLE_CHOICES: ReadonlyArray<{ id: Role; name: string }> = ROLES.map((role) => ({
  id: role,
  name: `app.roles.${role}`,
}));
