import { Typography } from '@mui/material';
import { DeleteButton, EditButton, ListButton, RecordContextProvider, Show, TabbedShowLayout, TopToolbar, useRecordContext, type RaRecord } from 'react-admin';
import { AffiliationsPanel } from '../affiliations/AffiliationsPanel';
import { DuplicatesPanel } from '../common/DuplicatesPanel';
import { CountryReferenceField } from '../countries/CountryReferenceField';
import { ActivityTimeline } from '../notes/ActivityTimeline';
import { PersonProfile } from './PersonProfile';
import { fullName, type PersonDuplicate, type PersonRecord } from './person-record';

const PersonShowActions = () => (
  <TopToolbar>
    <ListButton />
    <EditButton />
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

const PersonActivity = (_props: { label?: string | false }) => {
  const record = useRecordContext<PersonRecord>();
  if (!record) return null;
  return <ActivityTimeline targetType="person" entityType="Person" targetId={record.id} />;
};

const DuplicateDetails = ({ candidate }: { candidate: PersonDuplicate }) => (
  <RecordContextProvider value={candidate}>
    <Typography component="span" variant="body2" sx={{ display: 'inline-flex', gap: 1, flexWrap: 'wrap' }}>
      {candidate.email ? <span>{candidate.email}</span> : null}
      <CountryReferenceField source="countryId" />
    </Typography>
  </RecordContextProvider>
);

const describeDuplicate = (candidate: PersonDuplicate) => ({
  name: fullName(candidate),
  details: <DuplicateDetails candidate={candidate} />,
});

const nameOf = (record: RaRecord) => `${String(record.firstName)} ${String(record.lastName)}`;

export const PersonShow = () => (
  <Show actions={<PersonShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.people.tabs.profile">
        <PersonProfile label={false} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.people.tabs.affiliations" path="affiliations">
        <AffiliationsPanel side="person" label={false} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.people.tabs.activity" path="activity">
        <PersonActivity label={false} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.people.tabs.duplicates" path="duplicates">
        <DuplicatesPanel<PersonDuplicate> resource="people" nameOf={nameOf} describe={describeDuplicate} label={false} />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
