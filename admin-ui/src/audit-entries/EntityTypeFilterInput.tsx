import { SelectInput } from 'react-admin';
import { knownEntityTypes } from './entity-types';
import { useEntityTypeLabel } from './use-entity-type-label';

/**
 * The API filters entityType by exact match on the class name ("User"),
 * which nobody would guess in a text box: offer the known types by their
 * translated names instead.
 */
export const EntityTypeFilterInput = (props: { source: string; alwaysOn?: boolean }) => {
  const entityTypeLabel = useEntityTypeLabel();
  const choices = knownEntityTypes().map((entityType) => ({ id: entityType, name: entityType }));
  return <SelectInput {...props} choices={choices} translateChoice={false} optionText={(choice: { id: string }) => entityTypeLabel(choice.id)} />;
};
