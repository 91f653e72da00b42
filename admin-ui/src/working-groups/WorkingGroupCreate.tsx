import { Create, SimpleForm } from 'react-admin';
import { FORM_SX } from '../common/form-layout';
import { WorkingGroupInputs } from './WorkingGroupInputs';

export const WorkingGroupCreate = () => (
  <Create redirect="show">
    <SimpleForm noValidate sx={FORM_SX}>
      <WorkingGroupInputs />
    </SimpleForm>
  </Create>
);
