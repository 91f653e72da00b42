import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { RecordLinks } from '../common/RecordLinks';
import type { OrganizationRecord } from './organization-record';

/** Its current primary contacts, each a link that opens the person. */
export const PrimaryContactsField = () => {
  const organization = useRecordContext<OrganizationRecord>();
  if (!organization) return null;
  return <RecordLinks resource="people" links={organization.primaryContacts} testId="primary-contacts" />;
};

/** The region of its headquarters country, in the reader's language. */
export const RegionField = () => {
  const organization = useRecordContext<OrganizationRecord>();
  const translate = useTranslate();
  if (!organization?.region) return <span>—</span>;
  return <span>{translate(`resources.countries.regions.${organization.region}`)}</span>;
};

/**
 * Its name, with the acronym and a steering-committee mark beneath: one column
 * instead of three keeps the list inside a laptop's width.
 */
export const NameField = () => {
  const organization = useRecordContext<OrganizationRecord>();
  const translate = useTranslate();
  if (!organization) return null;
  return (
    <Box data-testid="organization-name">
      <Typography variant="body2" sx={{ fontWeight: 500 }}>
        {organization.name}
      </Typography>
      {organization.acronym || organization.isSteeringCommittee ? (
        <Typography variant="caption" color="text.secondary" component="div">
          {[organization.acronym, organization.isSteeringCommittee ? translate('resources.organizations.fields.isSteeringCommittee') : null]
            .filter(Boolean)
            .join(' · ')}
        </Typography>
      ) : null}
    </Box>
  );
};
