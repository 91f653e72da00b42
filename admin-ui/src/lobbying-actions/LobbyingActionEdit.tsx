import { Edit, SimpleForm } from 'react-admin';
import { EditDeleteToolbar } from '../common/EditDeleteToolbar';
import { FORM_SX } from '../common/form-layout';
import { LobbyingActionInputs } from './LobbyingActionInputs';

// Pessimistic: a follow-up before the action's date is refused by the API and the form stays open with its message.
export const LobbyingActionEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm noValidate sx={FORM_SX} toolbar={<EditDeleteToolbar />}>
      <LobbyingActionInputs />
    </SimpleForm>
  </Edit>
);
