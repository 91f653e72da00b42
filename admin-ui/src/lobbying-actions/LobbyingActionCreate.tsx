import { Create, SimpleForm } from 'react-admin';
import { FORM_SX } from '../common/form-layout';
import { LobbyingActionInputs } from './LobbyingActionInputs';

const today = (): string => new Date().toISOString().slice(0, 10);

export const LobbyingActionCreate = () => (
  <Create redirect="show">
    <SimpleForm noValidate sx={FORM_SX} defaultValues={{ type: 'meeting', status: 'done', occurredOn: today(), asks: [] }}>
      <LobbyingActionInputs />
    </SimpleForm>
  </Create>
);
