import type { Schema } from '../api/schema';

/** A person (contact) as `GET /api/people/:id` returns it. */
export type PersonRecord = Schema<'PersonResponseDto'>;

/** A possible duplicate, from `GET /api/people/:id/duplicates`. */
export type PersonDuplicate = Schema<'PersonDuplicateDto'>;

export const fullName = (person: Pick<PersonRecord, 'firstName' | 'lastName'>): string => `${person.firstName} ${person.lastName}`;
