import { AutocompleteInput, DateInput, ReferenceInput, SelectInput, TextInput, maxLength, required } from 'react-admin';
import { useRole } from '../auth/use-role';
import { CountryInput } from '../countries/CountryInput';
import { TASK_STATUS_CHOICES } from './task-record';

const BY_NAME = { field: 'name', order: 'ASC' } as const;
const BY_EMAIL = { field: 'email', order: 'ASC' } as const;

export const TaskInputs = ({ editing = false }: { editing?: boolean }) => {
  const role = useRole();
  return (
    <>
      <TextInput source="title" validate={[required(), maxLength(300)]} />
      <DateInput source="dueOn" />
      {role === 'admin' ? (
        <ReferenceInput source="assigneeUserId" reference="users" sort={BY_EMAIL}>
          <AutocompleteInput optionText="email" filterToQuery={(q: string) => ({ q })} helperText="resources.tasks.helper.assignee" />
        </ReferenceInput>
      ) : null}
      <ReferenceInput source="assigneeOrganizationId" reference="organizations" sort={BY_NAME}>
        <AutocompleteInput filterToQuery={(q: string) => ({ q })} helperText="resources.tasks.helper.assignee" />
      </ReferenceInput>
      <CountryInput source="countryId" />
      {editing ? <SelectInput source="status" choices={TASK_STATUS_CHOICES} validate={required()} /> : null}
      <TextInput source="description" multiline minRows={3} validate={maxLength(10000)} />
    </>
  );
};
