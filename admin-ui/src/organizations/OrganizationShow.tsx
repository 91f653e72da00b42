import { Typography } from '@mui/material';
import { DeleteButton, EditButton, ListButton, RecordContextProvider, Show, TabbedShowLayout, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { AffiliationsPanel } from '../affiliations/AffiliationsPanel';
import { DuplicatesPanel } from '../common/DuplicatesPanel';
import { ActivityTimeline } from '../notes/ActivityTimeline';
import { CountryReferenceField } from '../countries/CountryReferenceField';
import { MembershipHistoryPanel } from './MembershipHistoryPanel';
import { MembershipStatusChip } from './MembershipStatusField';
import { OrganizationProfile } from './OrganizationProfile';
import type { OrganizationDuplicate, OrganizationRecord } from './organization-record';

const OrganizationShowActions = () => (
  <TopToolbar>
    <ListButton />
    <EditButton />
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

const OrganizationActivity = (_props: { label?: string | false }) => {
  const record = useRecordContext<OrganizationRecord>();
  if (!record) return null;
  return <ActivityTimeline targetType="organization" entityType="Organization" targetId={record.id} />;
};

const DuplicateDetails = ({ candidate }: { candidate: OrganizationDuplicate }) => {
  const translate = useTranslate();
  return (
    <RecordContextProvider value={candidate}>
      <Typography component="span" variant="body2" sx={{ display: 'inline-flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        {candidate.acronym ? <span>{candidate.acronym}</span> : null}
        <CountryReferenceField source="headquartersCountryId" emptyText={translate('resources.organizations.no_country')} />
        <MembershipStatusChip status={candidate.membershipStatus} />
      </Typography>
    </RecordContextProvider>
  );
};

const describeDuplicate = (candidate: OrganizationDuplicate) => ({
  name: candidate.name,
  details: <DuplicateDetails candidate={candidate} />,
});

export const OrganizationShow = () => (
  <Show actions={<OrganizationShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.organizations.tabs.profile">
        <OrganizationProfile label={false} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.organizations.tabs.people" path="people">
        <AffiliationsPanel side="organization" label={false} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.organizations.tabs.activity" path="activity">
        <OrganizationActivity label={false} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.organizations.tabs.membership" path="membership-history">
        <MembershipHistoryPanel label={false} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.organizations.tabs.duplicates" path="duplicates">
        <DuplicatesPanel<OrganizationDuplicate> resource="organizations" nameOf={(record) => String(record.name)} describe={describeDuplicate} label={false} />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
