import { Create, SimpleForm } from 'react-admin';
import { FORM_SX } from '../common/form-layout';
import { MessageTemplateInputs } from './MessageTemplateInputs';

export const MessageTemplateCreate = () => (
  <Create redirect="list">
    <SimpleForm noValidate sx={FORM_SX} defaultValues={{ kind: 'letter', language: 'en', position: 0 }} warnWhenUnsavedChanges>
      <MessageTemplateInputs />
    </SimpleForm>
  </Create>
);
