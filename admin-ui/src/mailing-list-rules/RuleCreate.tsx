import { Create, SimpleForm } from 'react-admin';
import { FORM_SX } from '../common/form-layout';
import { RuleInputs } from './RuleInputs';

export const RuleCreate = () => (
  <Create redirect="list">
    <SimpleForm noValidate sx={FORM_SX} warnWhenUnsavedChanges>
      <RuleInputs creating />
    </SimpleForm>
  </Create>
);
