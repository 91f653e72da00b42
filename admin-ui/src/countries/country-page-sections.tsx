import { Typography } from '@mui/material';
import type { ComponentType } from 'react';
import { ChipField, CreateButton, ReferenceArrayField, ReferenceManyField, SingleFieldList, useRecordContext, useTranslate } from 'react-admin';
import { useCanAccessResource } from '../auth/use-can-access';
import { CountryEventsSection } from '../events/CountryEventsSection';
import { CountryAuthoritiesSection, CountryLobbyingSection, CountryTasksSection } from '../lobbying-actions/CountryCampaignSections';
import { RatificationTimeline } from '../ratification-steps/RatificationTimeline';
import { CountryReportSection } from '../reports/CountryReportSection';
import { CountryTestimoniesSection } from '../testimonies/CountryTestimoniesSection';
import { CountryActionPackLink } from '../action-packs/CountryActionPackLink';
import type { CountryRecord } from './country-record';
import { CountryHistory } from './CountryHistory';
import { CountrySection } from './CountrySection';
import { CountryStatus } from './CountryStatus';

const Empty = ({ message }: { message: string }) => {
  const translate = useTranslate();
  return <Typography color="text.secondary">{translate(message)}</Typography>;
};

const StatusSection = () => (
  <CountrySection title="resources.countries.page.status">
    <CountryStatus />
  </CountrySection>
);

const HistorySection = () => (
  <CountrySection title="resources.countries.page.history">
    <CountryHistory />
  </CountrySection>
);

const PipelineSection = () => {
  const record = useRecordContext<CountryRecord>();
  const canAdd = useCanAccessResource('ratification-steps', 'create');
  const action =
    canAdd && record ? (
      <CreateButton resource="ratification-steps" state={{ record: { countryId: record.id } }} label="resources.countries.page.add_step" />
    ) : undefined;
  return (
    <CountrySection title="resources.countries.page.pipeline" action={action}>
      <ReferenceManyField reference="ratification-steps" target="countryId" sort={{ field: 'date', order: 'ASC' }} perPage={50}>
        <RatificationTimeline />
      </ReferenceManyField>
    </CountrySection>
  );
};

const EventsSection = () => {
  const record = useRecordContext<CountryRecord>();
  return record ? (
    <CountrySection title="resources.events.country.title">
      <CountryEventsSection countryId={record.id} />
    </CountrySection>
  ) : null;
};

const TestimoniesSection = () => {
  const record = useRecordContext<CountryRecord>();
  const canList = useCanAccessResource('testimonies', 'list');
  const canAdd = useCanAccessResource('testimonies', 'create');
  const action =
    canAdd && record ? (
      <CreateButton resource="testimonies" state={{ record: { countryId: record.id } }} label="resources.testimonies.country.add" />
    ) : undefined;
  return record && canList ? (
    <CountrySection title="resources.testimonies.country.title" action={action}>
      <CountryTestimoniesSection countryId={record.id} />
    </CountrySection>
  ) : null;
};

const ActionPackSection = () => {
  const record = useRecordContext<CountryRecord>();
  const canOpen = useCanAccessResource('action-packs', 'list');
  return record && canOpen ? (
    <CountrySection title="resources.action-packs.name">
      <CountryActionPackLink iso3={record.iso3} />
    </CountrySection>
  ) : null;
};

const FocalPointsSection = () => (
  <CountrySection title="resources.countries.page.focal_points">
    <ReferenceArrayField source="focalPointOrganizationIds" reference="organizations" empty={<Empty message="resources.countries.page.focal_points_empty" />}>
      <SingleFieldList linkType="show">
        <ChipField source="name" />
      </SingleFieldList>
    </ReferenceArrayField>
  </CountrySection>
);

const MembersSection = () => (
  <CountrySection title="resources.countries.page.members">
    <ReferenceManyField
      reference="organizations"
      target="countryId"
      filter={{ membershipStatus: 'active' }}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={50}
      empty={<Empty message="resources.countries.page.members_empty" />}
    >
      <SingleFieldList linkType="show" empty={<Empty message="resources.countries.page.members_empty" />}>
        <ChipField source="name" />
      </SingleFieldList>
    </ReferenceManyField>
  </CountrySection>
);

/**
 * The parts of the country page, in order. A feature that has something to
 * say about a country (its events, its lobbying actions) adds its section here.
 */
export const COUNTRY_PAGE_SECTIONS: ReadonlyArray<{ key: string; Section: ComponentType }> = [
  { key: 'status', Section: StatusSection },
  { key: 'pipeline', Section: PipelineSection },
  { key: 'events', Section: EventsSection },
  { key: 'authorities', Section: CountryAuthoritiesSection },
  { key: 'lobbying-actions', Section: CountryLobbyingSection },
  { key: 'tasks', Section: CountryTasksSection },
  { key: 'testimonies', Section: TestimoniesSection },
  { key: 'action-pack', Section: ActionPackSection },
  { key: 'history', Section: HistorySection },
  { key: 'focal-points', Section: FocalPointsSection },
  { key: 'members', Section: MembersSection },
  { key: 'report', Section: CountryReportSection },
];
