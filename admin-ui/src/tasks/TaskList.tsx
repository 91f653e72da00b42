import { Chip } from '@mui/material';
import { DataTable, List, ReferenceField, SearchInput, SelectField, SelectInput, TextField, useRecordContext, useTranslate } from 'react-admin';
import { DateOnlyField } from '../common/DateOnlyField';
import { ListEmpty } from '../common/ListEmpty';
import { ResourceListActions } from '../common/ResourceListActions';
import { CountryInput } from '../countries/CountryInput';
import { CountryReferenceField } from '../countries/CountryReferenceField';
import { TASK_ORIGIN_CHOICES, TASK_STATUS_CHOICES, type TaskRecord } from './task-record';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={TASK_STATUS_CHOICES} alwaysOn />,
  <SelectInput key="origin" source="origin" choices={TASK_ORIGIN_CHOICES} />,
  <CountryInput key="countryId" source="countryId" />,
];

const DueField = (_props: { source?: string }) => {
  const record = useRecordContext<TaskRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      <DateOnlyField source="dueOn" emptyText="—" sx={{ whiteSpace: 'nowrap' }} />{' '}
      {record.isOverdue ? <Chip size="small" color="error" label={translate('resources.tasks.mine.overdue')} /> : null}
    </>
  );
};

const AssigneeField = (_props: { source?: string }) => {
  const record = useRecordContext<TaskRecord>();
  if (!record) return null;
  return record.assigneeOrganizationId ? (
    <ReferenceField source="assigneeOrganizationId" reference="organizations" />
  ) : (
    <ReferenceField source="assigneeUserId" reference="users" link={false} emptyText="—">
      <TextField source="email" />
    </ReferenceField>
  );
};

export const TaskList = () => (
  <List<TaskRecord>
    filters={filters}
    filterDefaultValues={{ status: 'open' }}
    sort={{ field: 'dueOn', order: 'ASC' }}
    actions={<ResourceListActions />}
    empty={<ListEmpty />}
  >
    <DataTable<TaskRecord> rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="dueOn">
        <DueField />
      </DataTable.Col>
      <DataTable.Col source="title" />
      <DataTable.Col source="assigneeOrganizationId" label="resources.tasks.fields.assigneeOrganizationId" disableSort>
        <AssigneeField />
      </DataTable.Col>
      <DataTable.Col source="countryId" disableSort>
        <CountryReferenceField source="countryId" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="origin">
        <SelectField source="origin" choices={TASK_ORIGIN_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="status">
        <SelectField source="status" choices={TASK_STATUS_CHOICES} />
      </DataTable.Col>
    </DataTable>
  </List>
);
