import { Edit, SimpleForm } from 'react-admin';
import { EditDeleteToolbar } from '../common/EditDeleteToolbar';
import { FORM_SX } from '../common/form-layout';
import { MailingListInputs } from './MailingListInputs';

// Pessimistic: a taken key or a list with subscribers is refused by the API and the form must stay open with its message.
export const MailingListEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm noValidate sx={FORM_SX} toolbar={<EditDeleteToolbar />} warnWhenUnsavedChanges>
      <MailingListInputs />
    </SimpleForm>
  </Edit>
);
