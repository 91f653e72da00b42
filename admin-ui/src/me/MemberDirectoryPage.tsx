import { Box, List as MuiList, ListItem, Typography, useMediaQuery, type Theme } from '@mui/material';
import {
  DataTable,
  List,
  RecordContextProvider,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
  TopToolbar,
  FilterButton,
  UrlField,
  useListContext,
  useTranslate,
} from 'react-admin';
import { ChoiceChipsField } from '../common/ChoiceChipsField';
import { ListEmpty } from '../common/ListEmpty';
import { LANGUAGE_CHOICES, ORGANIZATION_TYPE_CHOICES, RIGHTS_FOCUS_CHOICES } from '../common/organization-choices';
import { CountryChipsField } from '../countries/CountryChipsField';
import { CountryInput } from '../countries/CountryInput';
import { REGION_CHOICES } from '../countries/country-record';
import { organizationLabel, type OrganizationRecord } from '../organizations/organization-record';

// Only filters the API's member directory accepts (MEMBER_ORGANIZATION_LIST): nothing about contacts or internal status.
const directoryFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <CountryInput key="countryId" source="countryId" label="resources.organizations.filters.countryId" alwaysOn />,
  <SelectInput key="rightsFocus" source="rightsFocus" choices={[...RIGHTS_FOCUS_CHOICES]} alwaysOn />,
  <SelectInput key="region" source="region" choices={REGION_CHOICES} label="resources.organizations.filters.region" />,
  <SelectInput key="type" source="type" choices={[...ORGANIZATION_TYPE_CHOICES]} />,
  <SelectInput key="language" source="language" choices={[...LANGUAGE_CHOICES]} label="resources.organizations.filters.language" />,
];

const Intro = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" sx={{ color: 'text.secondary', mt: 2 }}>
      {translate('app.me.directory_intro')}
    </Typography>
  );
};

/**
 * On a phone: a card-like row per organization, what the table's columns show
 * stacked under the name (countries of work, rights focus, website).
 */
const PhoneDirectory = () => {
  const { data, isPending } = useListContext<OrganizationRecord>();
  if (isPending || !data) return null;
  return (
    <MuiList disablePadding data-testid="directory-phone">
      {data.map((organization) => (
        <RecordContextProvider key={organization.id} value={organization}>
          <ListItem divider sx={{ display: 'block' }}>
            <Typography variant="body1" sx={{ fontWeight: 500 }}>
              {organizationLabel(organization)}
            </Typography>
            <Box sx={{ display: 'grid', gap: 0.5, mt: 0.5 }}>
              {organization.countriesOfWorkIds?.length ? <CountryChipsField source="countriesOfWorkIds" /> : null}
              <ChoiceChipsField source="rightsFocus" choices={RIGHTS_FOCUS_CHOICES} />
              {organization.website ? <UrlField source="website" target="_blank" rel="noopener noreferrer" /> : null}
            </Box>
          </ListItem>
        </RecordContextProvider>
      ))}
    </MuiList>
  );
};

const DesktopDirectory = () => (
  <DataTable<OrganizationRecord> rowClick={false} bulkActionButtons={false}>
    <DataTable.Col source="name">
      <TextField source="name" sx={{ fontWeight: 500 }} />
    </DataTable.Col>
    <DataTable.Col source="acronym">
      <TextField source="acronym" emptyText="—" />
    </DataTable.Col>
    <DataTable.Col source="type">
      <SelectField source="type" choices={[...ORGANIZATION_TYPE_CHOICES]} />
    </DataTable.Col>
    <DataTable.Col source="countriesOfWorkIds" disableSort>
      <CountryChipsField source="countriesOfWorkIds" emptyText="—" />
    </DataTable.Col>
    <DataTable.Col source="rightsFocus" disableSort>
      <ChoiceChipsField source="rightsFocus" choices={RIGHTS_FOCUS_CHOICES} />
    </DataTable.Col>
    <DataTable.Col source="website" disableSort>
      <UrlField source="website" emptyText="—" target="_blank" rel="noopener noreferrer" />
    </DataTable.Col>
  </DataTable>
);

/**
 * `#/directory`: the coalition's active member organizations as a member may
 * see them (`GET /api/organizations` answers members with the directory: name,
 * countries, rights focus, website, no contact data), to find partners in a
 * country or on a right.
 */
export const MemberDirectoryPage = () => {
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return (
    <Box>
      <Intro />
      <List<OrganizationRecord>
        resource="organizations"
        // Members have no organizations resource in the admin; the API decides what the directory shows them.
        disableAuthentication
        storeKey="member-directory"
        title="app.me.directory_title"
        filters={directoryFilters}
        sort={{ field: 'name', order: 'ASC' }}
        perPage={25}
        exporter={false}
        // The filters only: no create or export button (the organizations resource has both for the staff).
        actions={
          <TopToolbar>
            <FilterButton />
          </TopToolbar>
        }
        empty={<ListEmpty />}
      >
        {phone ? <PhoneDirectory /> : <DesktopDirectory />}
      </List>
    </Box>
  );
};
