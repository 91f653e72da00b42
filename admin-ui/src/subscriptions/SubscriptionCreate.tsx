import { Alert } from '@mui/material';
import { AutocompleteInput, Create, ReferenceInput, SelectInput, SimpleForm, required, useTranslate } from 'react-admin';
import { FORM_SX } from '../common/form-layout';
import { STATUS_CHOICES } from './subscription-record';

export const SubscriptionCreate = () => {
  const translate = useTranslate();
  return (
    <Create redirect="show">
      <SimpleForm noValidate sx={FORM_SX} warnWhenUnsavedChanges>
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('resources.subscriptions.messages.consent_needed')}
        </Alert>
        <ReferenceInput source="personId" reference="people">
          <AutocompleteInput validate={required()} />
        </ReferenceInput>
        <ReferenceInput source="mailingListId" reference="mailing-lists">
          <SelectInput optionText="name" validate={required()} />
        </ReferenceInput>
        <SelectInput source="status" choices={STATUS_CHOICES} defaultValue="subscribed" validate={required()} />
      </SimpleForm>
    </Create>
  );
};
