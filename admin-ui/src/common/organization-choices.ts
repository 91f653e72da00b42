import { LANGUAGES, MEMBERSHIP_STATUSES, ORGANIZATION_TYPES, RIGHTS_FOCUS } from '@contract/organizations/organization.contract';

/**
 * The organization enums of the API's contract as choices whose names are
 * i18n keys under app.choices.*. Shared by the public membership form, the
 * applications review and the organization pages, so one right or language
 * is labelled the same everywhere.
 */

export type Choice<T extends string> = { id: T; name: string };

const choicesOf = <T extends string>(values: readonly T[], group: string): ReadonlyArray<Choice<T>> =>
  values.map((id) => ({ id, name: `app.choices.${group}.${id}` }));

export const ORGANIZATION_TYPE_CHOICES = choicesOf(ORGANIZATION_TYPES, 'organization_type');
export const MEMBERSHIP_STATUS_CHOICES = choicesOf(MEMBERSHIP_STATUSES, 'membership_status');
export const RIGHTS_FOCUS_CHOICES = choicesOf(RIGHTS_FOCUS, 'rights_focus');
export const LANGUAGE_CHOICES = choicesOf(LANGUAGES, 'language');
