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
