/**
 * The API records `entityType` as the entity class name (TypeORM metadata);
 * the UI labels by resource name, so map one to the other.
 */
const RESOURCE_OF_ENTITY: Readonly<Record<string, string>> = {
  User: 'users',
  Organization: 'organizations',
  Person: 'people',
  Affiliation: 'affiliations',
  MembershipApplication: 'membership-applications',
  Note: 'notes',
  ImportJob: 'imports',
  Country: 'countries',
};

export const resourceOfEntityType = (entityType: string): string => RESOURCE_OF_ENTITY[entityType] ?? entityType;

export const KNOWN_ENTITY_TYPES: readonly string[] = Object.keys(RESOURCE_OF_ENTITY);
