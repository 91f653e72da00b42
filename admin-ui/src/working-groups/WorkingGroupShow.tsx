import { DeleteButton, EditButton, ListButton, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { ReferenceCountButton } from '../common/ReferenceCountButton';

const WorkingGroupShowActions = () => (
  <TopToolbar>
    <ListButton />
    <EditButton />
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

export const WorkingGroupShow = () => (
  <Show actions={<WorkingGroupShowActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="description" emptyText="app.common.none" sx={{ whiteSpace: 'pre-wrap' }} />
      <ReferenceCountButton
        label="resources.working-groups.fields.organizations"
        resource="organizations"
        filterField="workingGroupId"
        text="resources.working-groups.messages.organizations_count"
      />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
