/**
 * The organization enums of the API (api/src/organizations/organization-enums.ts)
 * as choices whose names are i18n keys under app.choices.*. Shared by the
 * public membership form, the applications review and the organization pages,
 * so one right or language is labelled the same everywhere.
 */
export const ORGANIZATION_TYPES = ['ngo', 'network', 'union', 'social_movement', 'academic', 'nhri', 'other'] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export const MEMBERSHIP_STATUSES = ['applicant', 'active', 'suspended', 'lapsed', 'withdrawn', 'rejected'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** The economic, social and cultural rights of Covenant articles 6–15, in the API's order. */
export const RIGHTS_FOCUS = [
  'work',
  'trade_unions',
  'social_security',
  'family',
  'food',
  'water',
  'sanitation',
  'housing',
  'health',
  'education',
  'culture',
  'land',
  'environment',
] as const;
export type RightsFocus = (typeof RIGHTS_FOCUS)[number];

export const LANGUAGES = ['en', 'es', 'fr', 'ar', 'pt', 'ru', 'zh', 'other'] as const;
export type Language = (typeof LANGUAGES)[number];

export type Choice<T extends string> = { id: T; name: string };

const choicesOf = <T extends string>(values: readonly T[], group: string): ReadonlyArray<Choice<T>> =>
  values.map((id) => ({ id, name: `app.choices.${group}.${id}` }));

export const ORGANIZATION_TYPE_CHOICES = choicesOf(ORGANIZATION_TYPES, 'organization_type');
export const MEMBERSHIP_STATUS_CHOICES = choicesOf(MEMBERSHIP_STATUSES, 'membership_status');
export const RIGHTS_FOCUS_CHOICES = choicesOf(RIGHTS_FOCUS, 'rights_focus');
export const LANGUAGE_CHOICES = choicesOf(LANGUAGES, 'language');
