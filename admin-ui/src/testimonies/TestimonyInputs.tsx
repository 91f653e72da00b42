import { BooleanInput, CheckboxGroupInput, SelectInput, TextInput, maxLength, required } from 'react-admin';
import { TESTIMONY_LIMITS } from '@contract/testimonies/testimony.contract';
import { CountryInput } from '../countries/CountryInput';
import { RIGHT_CHOICES, TESTIMONY_LOCALE_CHOICES } from './testimony-record';

const V = {
  text: [required(), maxLength(TESTIMONY_LIMITS.text)],
  name: [maxLength(TESTIMONY_LIMITS.submitterName)],
  contact: [maxLength(TESTIMONY_LIMITS.submitterContact)],
};

/** A testimony as a member or the secretariat records it. */
export const TestimonyInputs = () => (
  <>
    <CountryInput source="countryId" label="resources.testimonies.fields.countryId" validate={required()} helperText="resources.testimonies.helper.countryId" />
    <CheckboxGroupInput source="rightsAffected" choices={RIGHT_CHOICES} validate={required()} />
    <TextInput source="text" multiline minRows={5} validate={V.text} />
    <TextInput source="submitterName" validate={V.name} />
    <TextInput source="submitterContact" validate={V.contact} />
    <SelectInput source="locale" choices={TESTIMONY_LOCALE_CHOICES} validate={required()} />
    <BooleanInput source="anonymize" helperText="resources.testimonies.helper.anonymize" />
    <BooleanInput source="consentToPublish" />
  </>
);
