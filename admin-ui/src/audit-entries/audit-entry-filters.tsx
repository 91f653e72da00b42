import { AutocompleteInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { canAccess } from '../auth/can-access';
import { useRole } from '../auth/use-role';
import { AUDIT_ACTION_CHOICES } from './audit-entry-record';
import { EntityTypeFilterInput } from './EntityTypeFilterInput';

/**
 * Only admins may list users, so only they get a user picker; the others
 * filter by user id (e.g. pasted from a link).
 */
export const useAuditEntryFilters = () => {
  const role = useRole();
  const userFilter = canAccess(role, { action: 'list', resource: 'users' }) ? (
    <ReferenceInput key="userId" source="userId" reference="users">
      <AutocompleteInput label="resources.audit-entries.fields.userId" optionText="email" />
    </ReferenceInput>
  ) : (
    <TextInput key="userId" source="userId" />
  );
  return [
    <EntityTypeFilterInput key="entityType" source="entityType" alwaysOn />,
    <SelectInput key="action" source="action" choices={AUDIT_ACTION_CHOICES} alwaysOn />,
    userFilter,
  ];
};
