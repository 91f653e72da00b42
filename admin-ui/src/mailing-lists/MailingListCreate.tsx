import { Create, SimpleForm } from 'react-admin';
import { FORM_SX } from '../common/form-layout';
import { MailingListInputs } from './MailingListInputs';

export const MailingListCreate = () => (
  <Create redirect="show">
    <SimpleForm noValidate sx={FORM_SX} warnWhenUnsavedChanges>
      <MailingListInputs />
    </SimpleForm>
  </Create>
);
