import { DataTable, EditButton, FunctionField, List, SearchInput, SelectField, SelectInput, TextField, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { ListEmpty } from '../common/ListEmpty';
import { ResourceListActions } from '../common/ResourceListActions';
import { AUDIENCE_CHOICES, LANGUAGE_CHOICES, PROVIDER_CHOICES, type MailingListRecord } from './mailing-list-record';
import { SyncOverview } from './SyncOverview';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="language" source="language" choices={LANGUAGE_CHOICES} />,
  <SelectInput key="audience" source="audience" choices={AUDIENCE_CHOICES} />,
  <SelectInput key="provider" source="provider" choices={PROVIDER_CHOICES} />,
];

const Counts = () => {
  const translate = useTranslate();
  return (
    <FunctionField<MailingListRecord>
      source="counts"
      render={(record) =>
        translate('resources.mailing-lists.sync.counts', {
          subscribed: record.counts.subscribed,
          pending: record.counts.pending,
          unsubscribed: record.counts.unsubscribed,
          bounced: record.counts.bounced,
        })
      }
    />
  );
};

export const MailingListList = () => (
  <>
    <SyncOverview />
    <List<MailingListRecord> filters={filters} sort={{ field: 'name', order: 'ASC' }} actions={<ResourceListActions />} empty={<ListEmpty />}>
      <DataTable<MailingListRecord> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="key">
          <TextField source="key" sx={{ fontFamily: 'monospace' }} />
        </DataTable.Col>
        <DataTable.Col source="language">
          <SelectField source="language" choices={LANGUAGE_CHOICES} />
        </DataTable.Col>
        <DataTable.Col source="provider" disableSort>
          <SelectField source="provider" choices={PROVIDER_CHOICES} />
        </DataTable.Col>
        <DataTable.Col source="counts" disableSort>
          <Counts />
        </DataTable.Col>
        <DataTable.Col source="reconciledAt" disableSort>
          <DateTimeField source="reconciledAt" emptyText="—" sx={{ whiteSpace: 'nowrap' }} />
        </DataTable.Col>
        <DataTable.Col label={false} disableSort>
          <EditButton />
        </DataTable.Col>
      </DataTable>
    </List>
  </>
);
