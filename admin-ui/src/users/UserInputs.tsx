import { SelectInput, TextInput, email, required } from 'react-admin';
import { ROLE_CHOICES } from '../auth/roles';

const emailValidators = [required(), email()];
const roleValidators = [required()];

/** Fields that create and edit share. */
export const UserInputs = () => (
  <>
    <TextInput source="email" type="email" autoComplete="off" validate={emailValidators} />
    <SelectInput source="role" choices={[...ROLE_CHOICES]} validate={roleValidators} />
  </>
);
