import { useMediaQuery, type Theme } from '@mui/material';
import { DataTable, ExportButton, FilterButton, List, ReferenceField, ShowButton, TopToolbar, useListContext } from 'react-admin';
import { useCanAccessResource } from '../auth/use-can-access';
import { DateTimeField } from '../common/DateTimeField';
import { ListEmpty } from '../common/ListEmpty';
import { CountryNameField } from '../countries/CountryNameField';
import { ApplicantField } from './ApplicantField';
import { ApplicationStatusField } from './ApplicationStatusField';
import { DuplicateFlagField } from './DuplicateFlagField';
import { DEFAULT_APPLICATION_FILTER, membershipApplicationFilters } from './membership-application-filters';
import type { MembershipApplicationRecord } from './membership-application-record';
import { OrganizationNameField } from './OrganizationNameField';

// Applications arrive through the public form only: no create button.
const ApplicationListActions = () => {
  const { total } = useListContext();
  const canExport = useCanAccessResource('membership-applications', 'export');
  return (
    <TopToolbar>
      <FilterButton />
      {canExport ? <ExportButton disabled={total === 0} /> : null}
    </TopToolbar>
  );
};

// Dates on one line; the organization's name gets the room it needs to stay readable.
const nowrap = () => ({ whiteSpace: 'nowrap' });
const organizationCell = () => ({ minWidth: { sm: 220 } });

// A phone shows what the review starts from (possible duplicates, the organization, the status); the rest is a tap away.
const PHONE_HIDDEN_COLUMNS = ['createdAt', 'headquartersCountryId', 'contactEmail'];

// Sortable columns follow the API's whitelist (createdAt, organizationName, status).
export const MembershipApplicationList = () => {
  const isPhone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return (
    <List<MembershipApplicationRecord>
      filters={membershipApplicationFilters}
      filterDefaultValues={DEFAULT_APPLICATION_FILTER}
      sort={{ field: 'createdAt', order: 'DESC' }}
      actions={<ApplicationListActions />}
      empty={<ListEmpty />}
    >
      <DataTable<MembershipApplicationRecord> rowClick="show" bulkActionButtons={false} hiddenColumns={isPhone ? PHONE_HIDDEN_COLUMNS : undefined}>
        <DataTable.Col source="hasDuplicates" label="resources.membership-applications.duplicates.column" disableSort>
          <DuplicateFlagField />
        </DataTable.Col>
        <DataTable.Col source="createdAt" cellSx={nowrap}>
          <DateTimeField source="createdAt" />
        </DataTable.Col>
        <DataTable.Col source="organizationName" cellSx={organizationCell}>
          <OrganizationNameField />
        </DataTable.Col>
        <DataTable.Col source="headquartersCountryId" disableSort>
          {/* Plain text: a link inside the row would catch clicks meant to open the application. */}
          <ReferenceField source="headquartersCountryId" reference="countries" link={false}>
            <CountryNameField />
          </ReferenceField>
        </DataTable.Col>
        <DataTable.Col source="contactEmail" label="resources.membership-applications.contact" disableSort>
          <ApplicantField />
        </DataTable.Col>
        <DataTable.Col source="status">
          <ApplicationStatusField />
        </DataTable.Col>
        {/* Row clicks need a mouse; this button gives keyboard users the same way in (on a phone, a tap on the row is the way). */}
        {isPhone ? null : (
          <DataTable.Col label={false} disableSort>
            <ShowButton label="resources.membership-applications.review" />
          </DataTable.Col>
        )}
      </DataTable>
    </List>
  );
};
