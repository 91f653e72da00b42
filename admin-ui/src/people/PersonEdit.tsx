import { Edit, SimpleForm } from 'react-admin';
import { EditDeleteToolbar } from '../common/EditDeleteToolbar';
import { FORM_SX } from '../common/form-layout';
import { PersonInputs } from './PersonInputs';

// Pessimistic: an e-mail already on file is refused with 409 and the form must stay open with the message.
export const PersonEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm noValidate sx={FORM_SX} toolbar={<EditDeleteToolbar />}>
      <PersonInputs />
    </SimpleForm>
  </Edit>
);
