import { Edit, SimpleForm } from 'react-admin';
import { EditDeleteToolbar } from '../common/EditDeleteToolbar';
import { FORM_SX } from '../common/form-layout';
import { EventInputs } from './EventInputs';

// Pessimistic: a refused transition (held without its report) must keep the form open with its message.
export const EventEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm noValidate sx={FORM_SX} toolbar={<EditDeleteToolbar />}>
      <EventInputs editing />
    </SimpleForm>
  </Edit>
);
