import { Edit, SimpleForm } from 'react-admin';
import { EditDeleteToolbar } from '../common/EditDeleteToolbar';
import { FORM_SX } from '../common/form-layout';
import { TaskInputs } from './TaskInputs';

export const TaskEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm noValidate sx={FORM_SX} toolbar={<EditDeleteToolbar />}>
      <TaskInputs editing />
    </SimpleForm>
  </Edit>
);
