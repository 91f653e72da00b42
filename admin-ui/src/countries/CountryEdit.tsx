import { Alert } from '@mui/material';
import { useFormState, useWatch } from 'react-hook-form';
import {
  AutocompleteArrayInput,
  DateInput,
  Edit,
  NullableBooleanInput,
  ReferenceArrayInput,
  SelectArrayInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
  useTranslate,
} from 'react-admin';
import { SOURCED_COUNTRY_FIELDS } from '@contract/countries/country.contract';
import { FormSection } from '../common/FormSection';
import { GOVERNMENT_POSITION_CHOICES, OP_STATUS_CHOICES, REGIONAL_MECHANISM_CHOICES } from './country-record';

const ACTIVE_MEMBERS = { membershipStatus: 'active' };

/**
 * The source of the change: required as soon as a treaty fact is touched
 * (the API refuses the change without one), offered for a change of position.
 */
const SourceInput = () => {
  const translate = useTranslate();
  const { dirtyFields } = useFormState();
  const position = useWatch<Record<string, unknown>>({ name: 'governmentPosition' });
  const treatyChanged = SOURCED_COUNTRY_FIELDS.some((field) => Boolean((dirtyFields as Record<string, unknown>)[field]));
  const positionChanged = Boolean((dirtyFields as Record<string, unknown>).governmentPosition) && position !== undefined;
  if (!treatyChanged && !positionChanged) return null;
  return (
    <>
      {treatyChanged ? <Alert severity="info">{translate('resources.countries.page.source_help')}</Alert> : null}
      <TextInput
        source="source"
        fullWidth
        multiline
        validate={treatyChanged ? required() : undefined}
        helperText={translate('resources.countries.page.source_help')}
      />
    </>
  );
};

/** Coordinators keep a country's campaign record; each changed treaty fact or position lands in its history with the source. */
export const CountryEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <FormSection title="resources.countries.page.treaty" />
      <SelectInput source="opStatus" choices={OP_STATUS_CHOICES} validate={required()} />
      <DateInput source="opSignedAt" />
      <DateInput source="opRatifiedAt" />
      <NullableBooleanInput source="art10Declaration" />
      <DateInput source="art10DeclaredAt" />
      <NullableBooleanInput source="art11Declaration" />
      <DateInput source="art11DeclaredAt" />
      <FormSection title="resources.countries.page.campaign" />
      <SelectInput source="governmentPosition" choices={GOVERNMENT_POSITION_CHOICES} validate={required()} />
      <DateInput source="nextUprReviewAt" />
      <SelectArrayInput source="regionalMechanisms" choices={REGIONAL_MECHANISM_CHOICES} />
      <ReferenceArrayInput source="focalPointOrganizationIds" reference="organizations" filter={ACTIVE_MEMBERS}>
        <AutocompleteArrayInput optionText="name" />
      </ReferenceArrayInput>
      <TextInput source="governmentHandle" />
      <TextInput source="notes" multiline fullWidth />
      <SourceInput />
    </SimpleForm>
  </Edit>
);
