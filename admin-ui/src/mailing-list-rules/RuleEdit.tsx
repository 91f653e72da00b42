import { Edit, SimpleForm } from 'react-admin';
import { EditDeleteToolbar } from '../common/EditDeleteToolbar';
import { FORM_SX } from '../common/form-layout';
import { RuleInputs } from './RuleInputs';

export const RuleEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm noValidate sx={FORM_SX} toolbar={<EditDeleteToolbar />} warnWhenUnsavedChanges>
      <RuleInputs />
    </SimpleForm>
  </Edit>
);
