import { Create, SimpleForm } from 'react-admin';
import { FORM_SX } from '../common/form-layout';
import { AuthorityInputs } from './AuthorityInputs';

export const AuthorityCreate = () => (
  <Create redirect="show">
    <SimpleForm noValidate sx={FORM_SX} defaultValues={{ stance: 'unknown', institution: 'foreign_affairs' }}>
      <AuthorityInputs />
    </SimpleForm>
  </Create>
);
