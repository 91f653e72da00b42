import { AutocompleteInput, BooleanInput, DateInput, ReferenceInput, TextInput, maxLength, required, type Validator } from 'react-admin';
import type { AffiliationSide } from './affiliation-record';

const roleValidators = [maxLength(120)];
const requiredValidators = [required()];

// The API refuses an end before the start; saying so here saves a round trip.
const notBeforeSince: Validator = (until: unknown, values: Record<string, unknown>) =>
  typeof until === 'string' && typeof values.since === 'string' && until !== '' && until < values.since
    ? 'resources.affiliations.validation.until_before_since'
    : undefined;
const untilValidators = [notBeforeSince];

const byName = (q: string) => ({ q });

/**
 * The fields of an affiliation. `side` is the page it is opened from, whose
 * record is fixed; on create the other side is picked, on edit it stays.
 */
export const AffiliationInputs = ({ side, isNew }: { side: AffiliationSide; isNew: boolean }) => (
  <>
    {isNew && side === 'organization' ? (
      <ReferenceInput source="personId" reference="people" sort={{ field: 'lastName', order: 'ASC' }}>
        <AutocompleteInput validate={requiredValidators} filterToQuery={byName} autoFocus />
      </ReferenceInput>
    ) : null}
    {isNew && side === 'person' ? (
      <ReferenceInput source="organizationId" reference="organizations" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput validate={requiredValidators} filterToQuery={byName} autoFocus />
      </ReferenceInput>
    ) : null}
    <TextInput source="role" validate={roleValidators} helperText="resources.affiliations.helpers.role" />
    <BooleanInput source="isPrimaryContact" helperText="resources.affiliations.helpers.isPrimaryContact" />
    <DateInput source="since" />
    <DateInput source="until" validate={untilValidators} helperText="resources.affiliations.helpers.until" />
  </>
);
