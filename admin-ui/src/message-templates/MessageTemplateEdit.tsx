import { Edit, SimpleForm } from 'react-admin';
import { EditDeleteToolbar } from '../common/EditDeleteToolbar';
import { FORM_SX } from '../common/form-layout';
import { MessageTemplateInputs } from './MessageTemplateInputs';

// Pessimistic: a refused placeholder must keep the form open with its message.
export const MessageTemplateEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm noValidate sx={FORM_SX} toolbar={<EditDeleteToolbar />} warnWhenUnsavedChanges>
      <MessageTemplateInputs />
    </SimpleForm>
  </Edit>
);
