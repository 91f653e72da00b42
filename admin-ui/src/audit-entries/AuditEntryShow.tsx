import { ListButton, SelectField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { AUDIT_ACTION_CHOICES } from './audit-entry-record';
import { AuditEntryTitle } from './AuditEntryTitle';
import { AuditRecordField } from './AuditRecordName';
import { ChangesField } from './ChangesField';
import { EntityTypeField } from './EntityTypeField';

const AuditEntryShowActions = () => (
  <TopToolbar>
    <ListButton />
  </TopToolbar>
);

export const AuditEntryShow = () => (
  <Show actions={<AuditEntryShowActions />} title={<AuditEntryTitle />}>
    <SimpleShowLayout>
      <DateTimeField source="createdAt" />
      <TextField source="userEmail" emptyText="resources.audit-entries.system" />
      <SelectField source="action" choices={AUDIT_ACTION_CHOICES} />
      <EntityTypeField source="entityType" />
      <AuditRecordField source="entityId" label="resources.audit-entries.fields.entityId" />
      <ChangesField label="resources.audit-entries.fields.changes" />
    </SimpleShowLayout>
  </Show>
);
