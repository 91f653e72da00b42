import type { Language } from '@contract/organizations/organization.contract';

/** A person (contact) as `GET /api/people/:id` returns it. */
export type PersonRecord = {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  otherEmails: string[];
  phones: string[];
  jobTitle: string | null;
  countryId: string | null;
  languages: Language[];
  consentAt: string | null;
  consentSource: string | null;
  userId: string | null;
  createdAt: string;
  updatedAt: string;
};

/** A possible duplicate, from `GET /api/people/:id/duplicates`. */
export type PersonDuplicate = {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  countryId: string | null;
  reason: 'same_email' | 'similar_name';
  score: number;
};

export const fullName = (person: Pick<PersonRecord, 'firstName' | 'lastName'>): string => `${person.firstName} ${person.lastName}`;
