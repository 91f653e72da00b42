import { NullableBooleanInput, SearchInput, SelectInput } from 'react-admin';
import { ROLE_CHOICES } from '../auth/roles';

export const userFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={[...ROLE_CHOICES]} />,
  <NullableBooleanInput key="isActive" source="isActive" />,
];
