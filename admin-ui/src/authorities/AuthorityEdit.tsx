import { Edit, SimpleForm } from 'react-admin';
import { EditDeleteToolbar } from '../common/EditDeleteToolbar';
import { FORM_SX } from '../common/form-layout';
import { AuthorityInputs } from './AuthorityInputs';

// Pessimistic: a refused change (a post still named by actions cannot be deleted) keeps the form open with its message.
export const AuthorityEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm noValidate sx={FORM_SX} toolbar={<EditDeleteToolbar />}>
      <AuthorityInputs editing />
    </SimpleForm>
  </Edit>
);
