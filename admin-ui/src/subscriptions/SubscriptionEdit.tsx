import { Edit, SelectInput, SimpleForm, TextField, Labeled, required } from 'react-admin';
import { EditDeleteToolbar } from '../common/EditDeleteToolbar';
import { FORM_SX } from '../common/form-layout';
import { STATUS_CHOICES } from './subscription-record';

// Pessimistic: subscribing someone without consent is refused by the API, and the form must stay open with its message.
export const SubscriptionEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm noValidate sx={FORM_SX} toolbar={<EditDeleteToolbar />} warnWhenUnsavedChanges>
      <Labeled>
        <TextField source="personName" />
      </Labeled>
      <Labeled>
        <TextField source="mailingListName" />
      </Labeled>
      <SelectInput source="status" choices={STATUS_CHOICES} validate={required()} />
    </SimpleForm>
  </Edit>
);
