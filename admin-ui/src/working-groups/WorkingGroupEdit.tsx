import { Edit, SimpleForm } from 'react-admin';
import { FORM_SX } from '../common/form-layout';
import { EditDeleteToolbar } from '../common/EditDeleteToolbar';
import { WorkingGroupInputs } from './WorkingGroupInputs';

// Pessimistic: a duplicate name is refused by the API and the form must stay open with its message.
export const WorkingGroupEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm noValidate sx={FORM_SX} toolbar={<EditDeleteToolbar />}>
      <WorkingGroupInputs />
    </SimpleForm>
  </Edit>
);
