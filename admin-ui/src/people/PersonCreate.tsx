import { Create, SimpleForm } from 'react-admin';
import { FORM_SX } from '../common/form-layout';
import { PersonInputs } from './PersonInputs';
import type { PersonRecord } from './person-record';

const DEFAULTS: Partial<PersonRecord> = { otherEmails: [], phones: [], languages: [] };

export const PersonCreate = () => (
  <Create<PersonRecord> redirect="show">
    <SimpleForm noValidate sx={FORM_SX} defaultValues={DEFAULTS}>
      <PersonInputs />
    </SimpleForm>
  </Create>
);
