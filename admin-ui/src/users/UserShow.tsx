import { BooleanField, EditButton, SelectField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { ROLE_CHOICES } from '../auth/roles';
import { DateTimeField } from '../common/DateTimeField';
import { ResetTwoFactorButton } from '../security/ResetTwoFactorButton';

const UserShowActions = () => (
  <TopToolbar>
    <ResetTwoFactorButton />
    <EditButton />
  </TopToolbar>
);

export const UserShow = () => (
  <Show actions={<UserShowActions />}>
    <SimpleShowLayout>
      <TextField source="email" />
      <SelectField source="role" choices={[...ROLE_CHOICES]} />
      <BooleanField source="isActive" />
      <DateTimeField source="lockedUntil" emptyText="resources.users.not_locked" />
      <DateTimeField source="lastLoginAt" emptyText="resources.users.never" />
      <TextField source="personId" emptyText="resources.users.no_person" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
      <TextField source="id" />
    </SimpleShowLayout>
  </Show>
);
