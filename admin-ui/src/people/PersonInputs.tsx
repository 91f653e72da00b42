import { ArrayInput, CheckboxGroupInput, DateTimeInput, SimpleFormIterator, TextInput, email, maxLength, required } from 'react-admin';
import { FormSection } from '../common/FormSection';
import { LANGUAGE_CHOICES } from '../common/organization-choices';
import { CountryInput } from '../countries/CountryInput';

const nameValidators = [required(), maxLength(100)];
const emailValidators = [email(), maxLength(254)];
const requiredEmailValidators = [required(), email(), maxLength(254)];
const otherEmailValidators = [required(), email(), maxLength(254)];
const phoneValidators = [required(), maxLength(50)];
const jobTitleValidators = [maxLength(120)];
const consentSourceValidators = [maxLength(120)];

/**
 * Name, addresses, country and languages: what a member may also change about
 * themselves from "My profile", where the contact e-mail may not be emptied.
 */
export const PersonContactInputs = ({ emailRequired = false }: { emailRequired?: boolean }) => (
  <>
    <FormSection title="resources.people.sections.identity" />
    <TextInput source="firstName" validate={nameValidators} />
    <TextInput source="lastName" validate={nameValidators} />
    <TextInput source="jobTitle" validate={jobTitleValidators} />
    <CountryInput source="countryId" />
    <CheckboxGroupInput source="languages" choices={[...LANGUAGE_CHOICES]} />

    <FormSection title="resources.people.sections.contact" />
    <TextInput source="email" type="email" validate={emailRequired ? requiredEmailValidators : emailValidators} helperText="resources.people.helpers.email" />
    <ArrayInput source="otherEmails">
      <SimpleFormIterator inline disableReordering disableClear>
        <TextInput source="" type="email" label="resources.people.fields.otherEmail" validate={otherEmailValidators} />
      </SimpleFormIterator>
    </ArrayInput>
    <ArrayInput source="phones">
      <SimpleFormIterator inline disableReordering disableClear>
        <TextInput source="" type="tel" label="resources.people.fields.phone" validate={phoneValidators} />
      </SimpleFormIterator>
    </ArrayInput>
  </>
);

/** Fields that create and edit share; consent is the secretariat's record of how the person came on file. */
export const PersonInputs = () => (
  <>
    <PersonContactInputs />
    <FormSection title="resources.people.sections.consent" />
    <DateTimeInput source="consentAt" />
    <TextInput source="consentSource" validate={consentSourceValidators} helperText="resources.people.helpers.consentSource" />
  </>
);
