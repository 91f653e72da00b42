import type { ReactNode } from 'react';
import { Box } from '@mui/material';
import {
  ChipField,
  EmailField,
  Labeled,
  ReferenceArrayField,
  SelectField,
  SingleFieldList,
  TextField,
  UrlField,
  BooleanField,
  useRecordContext,
} from 'react-admin';
import { useCanAccessResource } from '../auth/use-can-access';
import { ChoiceChipsField } from '../common/ChoiceChipsField';
import { DateOnlyField } from '../common/DateOnlyField';
import { DateTimeField } from '../common/DateTimeField';
import { LANGUAGE_CHOICES, ORGANIZATION_TYPE_CHOICES, RIGHTS_FOCUS_CHOICES } from '../common/organization-choices';
import { CountryChipsField } from '../countries/CountryChipsField';
import { CountryReferenceField } from '../countries/CountryReferenceField';
import { MembershipStatusField } from './MembershipStatusField';
import type { OrganizationRecord } from './organization-record';

const Column = ({ children }: { children: ReactNode }) => <Box sx={{ display: 'grid', gap: 2, alignContent: 'start', minWidth: 0 }}>{children}</Box>;

/** The working groups of the record as chips, linked to their pages for the staff. */
export const WorkingGroupChipsField = (_props: { label?: string }) => {
  const record = useRecordContext<OrganizationRecord>();
  const canShow = useCanAccessResource('working-groups', 'show');
  if (!record || record.workingGroupIds.length === 0) return <span>—</span>;
  return (
    <ReferenceArrayField source="workingGroupIds" reference="working-groups">
      <SingleFieldList linkType={canShow ? 'show' : false} sx={{ gap: 0.5 }}>
        <ChipField source="name" size="small" />
      </SingleFieldList>
    </ReferenceArrayField>
  );
};

/** The secretariat's fields of an organization, shown read-only. */
export const OrganizationMembershipFields = () => (
  <>
    <Labeled source="membershipStatus">
      <MembershipStatusField />
    </Labeled>
    <Labeled>
      <DateOnlyField source="joinedAt" emptyText="resources.organizations.not_joined" />
    </Labeled>
    <Labeled>
      <BooleanField source="isSteeringCommittee" />
    </Labeled>
    <Labeled source="workingGroupIds">
      <WorkingGroupChipsField />
    </Labeled>
  </>
);

/** Every field of an organization, in two columns: who and where on the left, what on the right. */
export const OrganizationProfile = ({ showMembership = true }: { showMembership?: boolean; label?: string | false }) => (
  <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, maxWidth: 1100 }} data-testid="organization-profile">
    <Column>
      <Labeled>
        <TextField source="name" />
      </Labeled>
      <Labeled>
        <TextField source="acronym" emptyText="—" />
      </Labeled>
      <Labeled>
        <SelectField source="type" choices={[...ORGANIZATION_TYPE_CHOICES]} />
      </Labeled>
      {showMembership ? <OrganizationMembershipFields /> : null}
      <Labeled>
        <UrlField source="website" target="_blank" rel="noopener noreferrer" emptyText="—" />
      </Labeled>
      <Labeled>
        <EmailField source="email" emptyText="—" />
      </Labeled>
      <Labeled>
        <TextField source="phone" emptyText="—" />
      </Labeled>
    </Column>
    <Column>
      <Labeled>
        <TextField source="description" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      </Labeled>
      <Labeled source="headquartersCountryId">
        <CountryReferenceField source="headquartersCountryId" emptyText="—" />
      </Labeled>
      <Labeled source="countriesOfWorkIds">
        <CountryChipsField source="countriesOfWorkIds" />
      </Labeled>
      <Labeled source="rightsFocus">
        <ChoiceChipsField source="rightsFocus" choices={RIGHTS_FOCUS_CHOICES} emptyText="—" />
      </Labeled>
      <Labeled source="languages">
        <ChoiceChipsField source="languages" choices={LANGUAGE_CHOICES} emptyText="—" />
      </Labeled>
      <Labeled>
        <DateTimeField source="updatedAt" />
      </Labeled>
    </Column>
  </Box>
);
