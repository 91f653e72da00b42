import { JOIN_LIMITS } from '../public/join-application';

/**
 * The checks the browser makes before sending, in the API's limits. A rule
 * answers with the catalog key of the problem (and the limit it names, after
 * a `|`), so the message follows the page's language when it changes.
 */
export type Rule = (value: unknown) => string | undefined;

const problem = (key: string, limit?: number): string => (limit === undefined ? key : `${key}|${limit}`);

/** The key and the values of a problem a rule found. */
export const readProblem = (message: string): { key: string; values: Record<string, string> } => {
  const [key = message, limit] = message.split('|');
  return { key, values: limit === undefined ? {} : { limit, max: limit } };
};

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

// The API adds "https://" when left out and wants a host with a dot: "example.org", not "our website".
const WEB_ADDRESS = /^(https?:\/\/)?[^\s/.]+(\.[^\s/.]+)+(\/\S*)?$/i;
const EMAIL_ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const required: Rule = (value) => ((Array.isArray(value) ? value.length === 0 : text(value) === '') ? problem('app.field_errors.required') : undefined);
const maxLength =
  (max: number): Rule =>
  (value) =>
    text(value).length > max ? problem('app.field_errors.too_long', max) : undefined;
const minLength =
  (min: number): Rule =>
  (value) =>
    text(value) !== '' && text(value).length < min ? problem('app.field_errors.too_short', min) : undefined;
const email: Rule = (value) => (text(value) !== '' && !EMAIL_ADDRESS.test(text(value)) ? problem('app.field_errors.not_email') : undefined);
const webAddress: Rule = (value) => (text(value) !== '' && !WEB_ADDRESS.test(text(value)) ? problem('app.join.validation.website') : undefined);
const atMostCountries: Rule = (value) =>
  Array.isArray(value) && value.length > JOIN_LIMITS.countriesOfWork ? problem('app.join.validation.max_countries', JOIN_LIMITS.countriesOfWork) : undefined;
const agreed: Rule = (value) => (value === true ? undefined : problem('app.join.validation.consent'));

/** The rules of each field, as react-hook-form's `validate`: the first problem found, or true. */
const all =
  (...rules: Rule[]) =>
  (value: unknown): string | true => {
    for (const rule of rules) {
      const found = rule(value);
      if (found) return found;
    }
    return true;
  };

export const JOIN_RULES = {
  organizationName: all(required, minLength(JOIN_LIMITS.organizationName.min), maxLength(JOIN_LIMITS.organizationName.max)),
  organizationAcronym: all(maxLength(JOIN_LIMITS.organizationAcronym)),
  organizationType: all(required),
  organizationWebsite: all(webAddress, maxLength(JOIN_LIMITS.organizationWebsite)),
  organizationEmail: all(email, maxLength(JOIN_LIMITS.email)),
  headquartersCountryId: all(required),
  countriesOfWorkIds: all(atMostCountries),
  rightsFocus: all(required),
  languages: all(required),
  description: all(maxLength(JOIN_LIMITS.description)),
  contactFirstName: all(required, maxLength(JOIN_LIMITS.name)),
  contactLastName: all(required, maxLength(JOIN_LIMITS.name)),
  contactEmail: all(required, email, maxLength(JOIN_LIMITS.email)),
  contactPhone: all(maxLength(JOIN_LIMITS.contactPhone)),
  contactRole: all(maxLength(JOIN_LIMITS.contactRole)),
  motivation: all(required, maxLength(JOIN_LIMITS.motivation)),
  consent: all(agreed),
};
