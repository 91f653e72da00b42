import { BooleanField, DataTable, EditButton, List, ReferenceField, SelectField } from 'react-admin';
import { ListEmpty } from '../common/ListEmpty';
import { ResourceListActions } from '../common/ResourceListActions';
import { LANGUAGE_CHOICES } from '../mailing-lists/mailing-list-record';
import { RULE_AUDIENCE_CHOICES, type MailingListRuleRecord } from './rule-record';

export const RuleList = () => (
  <List<MailingListRuleRecord> sort={{ field: 'createdAt', order: 'ASC' }} actions={<ResourceListActions />} empty={<ListEmpty />}>
    <DataTable<MailingListRuleRecord> rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="mailingListId" disableSort>
        <ReferenceField source="mailingListId" reference="mailing-lists" link={false} />
      </DataTable.Col>
      <DataTable.Col source="audience">
        <SelectField source="audience" choices={RULE_AUDIENCE_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="language" disableSort>
        <SelectField source="language" choices={LANGUAGE_CHOICES} emptyText="resources.mailing-list-rules.messages.any_language" />
      </DataTable.Col>
      <DataTable.Col source="active" disableSort>
        <BooleanField source="active" />
      </DataTable.Col>
      <DataTable.Col label={false} disableSort>
        <EditButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
