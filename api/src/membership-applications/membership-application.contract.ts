export const APPLICATION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Length of the reason for a rejection, sent to the applicant in the decision e-mail. */
export const REJECTION_REASON_LIMITS = { min: 3, max: 2000 } as const;

/**
 * The public membership form's limits, checked by the API and shown by the
 * form as it is filled in. Names are the form's fields; `name` is each of the
 * contact's first and last names; `email` is RFC 5321's longest address.
 */
export const APPLICATION_LIMITS = {
  organizationName: { min: 2, max: 200 },
  organizationAcronym: 40,
  organizationWebsite: 300,
  email: 254,
  countriesOfWork: 50,
  description: 5000,
  name: 100,
  contactPhone: 50,
  contactRole: 120,
  motivation: 5000,
} as const;
