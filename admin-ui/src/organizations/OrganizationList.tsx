import { useMediaQuery, type Theme } from '@mui/material';
import { DataTable, List, SelectField, ShowButton } from 'react-admin';
import { ORGANIZATION_TYPE_CHOICES } from '../common/organization-choices';
import { DateOnlyField } from '../common/DateOnlyField';
import { ListEmpty } from '../common/ListEmpty';
import { CountryReferenceField } from '../countries/CountryReferenceField';
import { organizationFilters } from './organization-filters';
import { ExportingListActions } from '../common/ExportingListActions';
import type { OrganizationRecord } from './organization-record';
import { MembershipStatusField } from './MembershipStatusField';
import { OrganizationBulkActions } from './OrganizationBulkActions';
import { NameField, PrimaryContactsField, RegionField } from './OrganizationColumns';

const bulkActions = <OrganizationBulkActions />;

// A phone shows the name, the primary contact and the membership; the other columns stay a tap away in the record.
const PHONE_HIDDEN_COLUMNS = ['type', 'headquartersCountryId', 'region', 'joinedAt'];

// Sortable columns follow the API's whitelist (name, acronym, type, membershipStatus, joinedAt, createdAt, updatedAt).
export const OrganizationList = () => {
  const isPhone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return (
    <List<OrganizationRecord>
      filters={organizationFilters}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
      actions={<ExportingListActions resource="organizations" />}
      empty={<ListEmpty />}
    >
      <DataTable<OrganizationRecord> rowClick="show" bulkActionButtons={bulkActions} hiddenColumns={isPhone ? PHONE_HIDDEN_COLUMNS : undefined}>
        <DataTable.Col source="name">
          <NameField />
        </DataTable.Col>
        <DataTable.Col source="type">
          <SelectField source="type" choices={[...ORGANIZATION_TYPE_CHOICES]} />
        </DataTable.Col>
        <DataTable.Col source="headquartersCountryId" disableSort>
          <CountryReferenceField source="headquartersCountryId" emptyText="—" link={false} />
        </DataTable.Col>
        {/* The region is a filter rather than a sort: sorting by the headquarters' region has no index to walk. */}
        <DataTable.Col source="region" disableSort>
          <RegionField />
        </DataTable.Col>
        <DataTable.Col source="primaryContacts" disableSort>
          <PrimaryContactsField />
        </DataTable.Col>
        <DataTable.Col source="membershipStatus">
          <MembershipStatusField />
        </DataTable.Col>
        <DataTable.Col source="joinedAt">
          <DateOnlyField source="joinedAt" emptyText="—" />
        </DataTable.Col>
        {/* Row clicks need a mouse; this button gives keyboard users the same way in (on a phone, a tap on the row is the way). */}
        {isPhone ? null : (
          <DataTable.Col label={false} disableSort>
            <ShowButton />
          </DataTable.Col>
        )}
      </DataTable>
    </List>
  );
};
