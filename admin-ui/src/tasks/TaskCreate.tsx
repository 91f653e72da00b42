import { Create, SimpleForm } from 'react-admin';
import { FORM_SX } from '../common/form-layout';
import { TaskInputs } from './TaskInputs';

export const TaskCreate = () => (
  <Create redirect="list">
    <SimpleForm noValidate sx={FORM_SX}>
      <TaskInputs />
    </SimpleForm>
  </Create>
);
