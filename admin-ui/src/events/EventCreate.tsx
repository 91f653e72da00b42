import { Create, SimpleForm } from 'react-admin';
import { FORM_SX } from '../common/form-layout';
import { EventInputs, browserTimeZone } from './EventInputs';

export const EventCreate = () => (
  <Create redirect="show">
    <SimpleForm noValidate sx={FORM_SX} defaultValues={{ timeZone: browserTimeZone(), type: 'national_event', supportRequested: [] }}>
      <EventInputs />
    </SimpleForm>
  </Create>
);
