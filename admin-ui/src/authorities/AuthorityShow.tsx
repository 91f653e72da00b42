import { BooleanField, EditButton, EmailField, ListButton, SelectField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { useCanAccessResource } from '../auth/use-can-access';
import { CountryReferenceField } from '../countries/CountryReferenceField';
import { DateOnlyField } from '../common/DateOnlyField';
import { DateTimeField } from '../common/DateTimeField';
import { INSTITUTION_CHOICES } from './authority-record';
import { AuthorityHistoryPanel } from './AuthorityHistoryPanel';
import { StanceField } from './StanceChip';

const AuthorityShowActions = () => {
  const canEdit = useCanAccessResource('authorities', 'edit');
  return (
    <TopToolbar>
      <ListButton />
      {canEdit ? <EditButton /> : null}
    </TopToolbar>
  );
};

export const AuthorityShow = () => (
  <Show actions={<AuthorityShowActions />}>
    <SimpleShowLayout>
      <TextField source="postTitle" />
      <CountryReferenceField source="countryId" />
      <SelectField source="institution" choices={INSTITUTION_CHOICES} />
      <StanceField source="stance" />
      <TextField source="holderName" emptyText="app.common.none" />
      <EmailField source="holderEmail" emptyText="—" />
      <TextField source="holderPhone" emptyText="—" />
      <DateOnlyField source="holderSince" emptyText="—" />
      <EmailField source="officeEmail" emptyText="—" />
      <TextField source="officePhone" emptyText="—" />
      <TextField source="officeAddress" emptyText="—" />
      <BooleanField source="isActive" />
      <TextField source="notes" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
    <AuthorityHistoryPanel />
  </Show>
);
