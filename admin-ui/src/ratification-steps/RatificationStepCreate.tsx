import { Create, DateInput, SelectInput, SimpleForm, TextInput, required, useTranslate } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { CountryInput } from '../countries/CountryInput';
import { STAGE_CHOICES, STEP_STATUS_CHOICES } from './ratification-step-record';

/** A step of a country's national process; opened from the country page, which fills in the country and comes back to it. */
export const RatificationStepCreate = () => {
  const translate = useTranslate();
  const { state } = useLocation() as { state?: { record?: { countryId?: string } } };
  const countryId = state?.record?.countryId;
  return (
    <Create redirect={countryId ? () => `countries/${countryId}/show` : 'list'}>
      <SimpleForm defaultValues={{ status: 'done' }}>
        <CountryInput source="countryId" validate={required()} />
        <SelectInput source="stage" choices={STAGE_CHOICES} validate={required()} />
        <DateInput source="date" helperText={translate('resources.ratification-steps.date_help')} />
        <SelectInput source="status" choices={STEP_STATUS_CHOICES} validate={required()} />
        <TextInput source="source" fullWidth helperText={translate('resources.ratification-steps.source_help')} />
        <TextInput source="note" multiline fullWidth />
      </SimpleForm>
    </Create>
  );
};
