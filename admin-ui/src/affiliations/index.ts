import LinkIcon from '@mui/icons-material/Link';
import type { AffiliationRecord } from './affiliation-record';

/**
 * No pages of their own: affiliations are added, edited and removed from the
 * organization's and the person's pages (AffiliationsPanel). The resource is
 * still declared, for its label and its record representation.
 */
export const affiliations = {
  icon: LinkIcon,
  recordRepresentation: (record: AffiliationRecord): string => `${record.personName} — ${record.organizationName}`,
};
