import { APPLICATION_LIMITS } from '@contract/membership-applications/membership-application.contract';
import type { FormValues } from './form-values';
import type { LocaleCode } from '../i18n/locales';

/** The fields of POST /api/membership-applications that the form shows, in the API's names. */
export const JOIN_FIELDS = [
  'organizationName',
  'organizationAcronym',
  'organizationType',
  'organizationWebsite',
  'organizationEmail',
  'headquartersCountryId',
  'countriesOfWorkIds',
  'rightsFocus',
  'languages',
  'description',
  'contactFirstName',
  'contactLastName',
  'contactEmail',
  'contactPhone',
  'contactRole',
  'motivation',
  'consent',
] as const;
export type JoinField = (typeof JOIN_FIELDS)[number];

/** The API's own limits for each field of the form. */
export const JOIN_LIMITS = APPLICATION_LIMITS;

export type ApplicationPayload = {
  organizationName: string;
  organizationAcronym: string | null;
  organizationType: string;
  organizationWebsite: string | null;
  organizationEmail: string | null;
  headquartersCountryId: string;
  countriesOfWorkIds: string[];
  rightsFocus: string[];
  languages: string[];
  description: string | null;
  contactFirstName: string;
  contactLastName: string;
  contactEmail: string;
  contactPhone: string | null;
  contactRole: string | null;
  motivation: string;
  locale: LocaleCode;
  consent: boolean;
  homepage?: string;
};

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const textOrNull = (value: unknown): string | null => text(value) || null;
const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/**
 * The form's values as the API takes them: blank optional answers become
 * null rather than "", which the API would check as an (invalid) address.
 * The honeypot goes along only when something filled it in, which people never do.
 */
export const toApplicationPayload = (values: FormValues, locale: LocaleCode): ApplicationPayload => {
  const honeypot = text(values.homepage);
  return {
    organizationName: text(values.organizationName),
    organizationAcronym: textOrNull(values.organizationAcronym),
    organizationType: text(values.organizationType),
    organizationWebsite: textOrNull(values.organizationWebsite),
    organizationEmail: textOrNull(values.organizationEmail),
    headquartersCountryId: text(values.headquartersCountryId),
    countriesOfWorkIds: list(values.countriesOfWorkIds),
    rightsFocus: list(values.rightsFocus),
    languages: list(values.languages),
    description: textOrNull(values.description),
    contactFirstName: text(values.contactFirstName),
    contactLastName: text(values.contactLastName),
    contactEmail: text(values.contactEmail),
    contactPhone: textOrNull(values.contactPhone),
    contactRole: textOrNull(values.contactRole),
    motivation: text(values.motivation),
    locale,
    consent: values.consent === true,
    ...(honeypot ? { homepage: honeypot } : {}),
  };
};
