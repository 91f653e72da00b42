import type { JoinField } from '../public/join-application';

/** The form's answers as the controls hold them; `homepage` is the spam trap. */
export type JoinValues = {
  organizationName: string;
  organizationAcronym: string;
  organizationType: string;
  organizationWebsite: string;
  organizationEmail: string;
  headquartersCountryId: string;
  countriesOfWorkIds: string[];
  rightsFocus: string[];
  languages: string[];
  description: string;
  contactFirstName: string;
  contactLastName: string;
  contactEmail: string;
  contactPhone: string;
  contactRole: string;
  motivation: string;
  consent: boolean;
  homepage: string;
};

export const EMPTY_APPLICATION: JoinValues = {
  organizationName: '',
  organizationAcronym: '',
  organizationType: '',
  organizationWebsite: '',
  organizationEmail: '',
  headquartersCountryId: '',
  countriesOfWorkIds: [],
  rightsFocus: [],
  languages: [],
  description: '',
  contactFirstName: '',
  contactLastName: '',
  contactEmail: '',
  contactPhone: '',
  contactRole: '',
  motivation: '',
  consent: false,
  homepage: '',
};

/** The fields that hold text (typed in or chosen from a list). */
export type TextField = Exclude<JoinField, 'countriesOfWorkIds' | 'rightsFocus' | 'languages' | 'consent'>;

/** The i18n key of a field's label: the admin's own label of the application's field. */
export const labelKey = (field: JoinField): string => `resources.membership-applications.fields.${field}`;

/** The id of a field's control, which its label and messages point at. */
export const controlId = (field: JoinField): string => `join-${field}`;
