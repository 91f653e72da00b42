import { Create, PasswordInput, SimpleForm, maxLength, minLength } from 'react-admin';
import { PasswordStrengthMeter } from '../security/PasswordStrengthMeter';
import { UserInputs } from './UserInputs';
import type { UserCreateData } from './user-record';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@contract/auth/password-policy/password-rules.contract';
import { FORM_SX } from '../common/form-layout';

const passwordValidators = [minLength(PASSWORD_MIN_LENGTH), maxLength(PASSWORD_MAX_LENGTH)];

// An empty password means "invite by e-mail": the API must not receive the
// key at all, since an empty string would fail its length check.
const withoutEmptyPassword = ({ password, ...rest }: UserCreateData): UserCreateData => (password ? { ...rest, password } : rest);

export const UserCreate = () => (
  <Create<UserCreateData> redirect="list" transform={withoutEmptyPassword}>
    <SimpleForm sx={FORM_SX}>
      <UserInputs />
      <PasswordInput source="password" autoComplete="new-password" validate={passwordValidators} helperText="resources.users.helpers.password" />
      <PasswordStrengthMeter inputSources={['email']} />
    </SimpleForm>
  </Create>
);
