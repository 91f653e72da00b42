import { SelectInput } from 'react-admin';
import { KNOWN_ENTITY_TYPES } from './entity-types';
import { useEntityTypeLabel } from './use-entity-type-label';

const CHOICES = KNOWN_ENTITY_TYPES.map((entityType) => ({ id: entityType, name: entityType }));

/**
 * The API filters entityType by exact match on the class name ("User"),
 * which nobody would guess in a text box: offer the known types by their
 * translated names instead.
 */
export const EntityTypeFilterInput = (props: { source: string; alwaysOn?: boolean }) => {
  const entityTypeLabel = useEntityTypeLabel();
  return <SelectInput {...props} choices={CHOICES} translateChoice={false} optionText={(choice: { id: string }) => entityTypeLabel(choice.id)} />;
};
