import { DataTable, EditButton, List, NumberField, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { useCanAccessResource } from '../auth/use-can-access';
import { DateTimeField } from '../common/DateTimeField';
import { ListEmpty } from '../common/ListEmpty';
import { ResourceListActions } from '../common/ResourceListActions';
import { MESSAGE_KIND_CHOICES, MESSAGE_LANGUAGE_CHOICES, type MessageTemplateRecord } from './message-template-record';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="language" source="language" choices={MESSAGE_LANGUAGE_CHOICES} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={MESSAGE_KIND_CHOICES} alwaysOn />,
];

// Sortable columns follow the API's whitelist (name, kind, language, position, createdAt, updatedAt).
export const MessageTemplateList = () => {
  const canEdit = useCanAccessResource('message-templates', 'edit');
  return (
    <List<MessageTemplateRecord> filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={25} actions={<ResourceListActions />} empty={<ListEmpty />}>
      <DataTable<MessageTemplateRecord> rowClick={canEdit ? 'edit' : false} bulkActionButtons={false}>
        <DataTable.Col source="name">
          <TextField source="name" sx={{ fontWeight: 500 }} />
        </DataTable.Col>
        <DataTable.Col source="kind">
          <SelectField source="kind" choices={MESSAGE_KIND_CHOICES} />
        </DataTable.Col>
        <DataTable.Col source="language">
          <SelectField source="language" choices={MESSAGE_LANGUAGE_CHOICES} />
        </DataTable.Col>
        <DataTable.Col source="position">
          <NumberField source="position" />
        </DataTable.Col>
        <DataTable.Col source="updatedAt">
          <DateTimeField source="updatedAt" />
        </DataTable.Col>
        {canEdit ? (
          <DataTable.Col label={false} disableSort>
            <EditButton />
          </DataTable.Col>
        ) : null}
      </DataTable>
    </List>
  );
};
