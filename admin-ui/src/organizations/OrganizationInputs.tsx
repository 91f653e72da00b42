import {
  AutocompleteArrayInput,
  BooleanInput,
  CheckboxGroupInput,
  DateInput,
  ReferenceArrayInput,
  SelectInput,
  TextInput,
  email,
  maxLength,
  minLength,
  required,
  useRecordContext,
} from 'react-admin';
import { FormSection } from '../common/FormSection';
import { LANGUAGE_CHOICES, ORGANIZATION_TYPE_CHOICES, RIGHTS_FOCUS_CHOICES } from '../common/organization-choices';
import { CountriesInput, CountryInput } from '../countries/CountryInput';
import { membershipStatusChoices, type OrganizationRecord } from './organization-record';

const nameValidators = [required(), minLength(2), maxLength(200)];
const acronymValidators = [maxLength(40)];
const requiredValidators = [required()];
const websiteValidators = [maxLength(300)];
const emailValidators = [email(), maxLength(254)];
const phoneValidators = [maxLength(50)];
const descriptionValidators = [maxLength(10000)];

/**
 * What an organization says about itself: the fields its own member may also
 * change from "My organization".
 */
export const OrganizationProfileInputs = () => {
  // Members and the secretariat edit these fields under the same rules (the API declares them once).
  return (
    <>
      <FormSection title="resources.organizations.sections.identity" />
      <TextInput source="name" validate={nameValidators} />
      <TextInput source="acronym" validate={acronymValidators} />
      <SelectInput source="type" choices={[...ORGANIZATION_TYPE_CHOICES]} validate={requiredValidators} />
      <TextInput source="description" multiline minRows={3} validate={descriptionValidators} />

      <FormSection title="resources.organizations.sections.places" />
      <CountryInput source="headquartersCountryId" />
      <CountriesInput source="countriesOfWorkIds" helperText="resources.organizations.helpers.countriesOfWorkIds" />

      <FormSection title="resources.organizations.sections.contact" />
      <TextInput source="website" type="url" validate={websiteValidators} helperText="resources.organizations.helpers.website" />
      <TextInput source="email" type="email" validate={emailValidators} />
      <TextInput source="phone" type="tel" validate={phoneValidators} />

      <FormSection title="resources.organizations.sections.focus" />
      <CheckboxGroupInput source="rightsFocus" choices={[...RIGHTS_FOCUS_CHOICES]} />
      <CheckboxGroupInput source="languages" choices={[...LANGUAGE_CHOICES]} />
    </>
  );
};

/** The secretariat's fields: membership, steering committee, working groups. */
export const OrganizationMembershipInputs = () => {
  // The status the record has now decides which ones may follow; on create there is none yet.
  const record = useRecordContext<OrganizationRecord>();
  return (
    <>
      <FormSection title="resources.organizations.sections.membership" />
      <SelectInput
        source="membershipStatus"
        choices={[...membershipStatusChoices(record?.membershipStatus)]}
        validate={requiredValidators}
        helperText={record ? 'resources.organizations.helpers.membershipStatus' : 'resources.organizations.helpers.membershipStatus_new'}
      />
      <DateInput source="joinedAt" helperText="resources.organizations.helpers.joinedAt" />
      <BooleanInput source="isSteeringCommittee" />
      <ReferenceArrayInput source="workingGroupIds" reference="working-groups" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteArrayInput filterToQuery={(q: string) => ({ q })} />
      </ReferenceArrayInput>
    </>
  );
};

/** Fields that create and edit share. */
export const OrganizationInputs = () => (
  <>
    <OrganizationProfileInputs />
    <OrganizationMembershipInputs />
  </>
);
