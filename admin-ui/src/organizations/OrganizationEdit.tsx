import { Edit, SimpleForm } from 'react-admin';
import { EditDeleteToolbar } from '../common/EditDeleteToolbar';
import { FORM_SX } from '../common/form-layout';
import { OrganizationInputs } from './OrganizationInputs';

// Pessimistic: the API refuses some changes (a status that may not follow,
// an e-mail taken) and the form must stay open with its message.
// noValidate: our validators and the API's answers speak the interface
// language; the browser's own bubbles for type="url"/"email" would not.
export const OrganizationEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm noValidate sx={FORM_SX} toolbar={<EditDeleteToolbar />}>
      <OrganizationInputs />
    </SimpleForm>
  </Edit>
);
