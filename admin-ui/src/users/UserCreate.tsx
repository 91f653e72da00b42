import { Create, PasswordInput, SimpleForm, minLength } from 'react-admin';
import { UserInputs } from './UserInputs';
import { PASSWORD_MIN_LENGTH, type UserCreateData } from './user-record';
import { FORM_SX } from '../common/form-layout';

const passwordValidators = [minLength(PASSWORD_MIN_LENGTH)];

// An empty password means "invite by e-mail": the API must not receive the
// key at all, since an empty string would fail its length check.
const withoutEmptyPassword = ({ password, ...rest }: UserCreateData): UserCreateData =>
  password ? { ...rest, password } : rest;

export const UserCreate = () => (
  <Create<UserCreateData> redirect="list" transform={withoutEmptyPassword}>
    <SimpleForm sx={FORM_SX}>
      <UserInputs />
      <PasswordInput
        source="password"
        autoComplete="new-password"
        validate={passwordValidators}
        helperText="resources.users.helpers.password"
      />
    </SimpleForm>
  </Create>
);
