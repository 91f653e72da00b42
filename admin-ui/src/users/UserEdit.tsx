import { BooleanInput, Edit, SimpleForm } from 'react-admin';
import { UserInputs } from './UserInputs';
import { UserEditToolbar } from './UserEditToolbar';
import { FORM_SX } from '../common/form-layout';

// Pessimistic: the API refuses some changes (duplicate e-mail, demoting the
// last admin); the form must stay open with the server's message.
export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm sx={FORM_SX} toolbar={<UserEditToolbar />}>
      <UserInputs />
      <BooleanInput source="isActive" />
    </SimpleForm>
  </Edit>
);
