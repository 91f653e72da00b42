import { NullableBooleanInput, SelectInput } from 'react-admin';
import { IMPORT_RESOURCE_CHOICES, IMPORT_STATUS_CHOICES } from './import-record';

export const importFilters = [
  <SelectInput key="status" source="status" choices={IMPORT_STATUS_CHOICES} alwaysOn />,
  <SelectInput key="resource" source="resource" choices={IMPORT_RESOURCE_CHOICES} alwaysOn />,
  <NullableBooleanInput key="dryRun" source="dryRun" />,
];
