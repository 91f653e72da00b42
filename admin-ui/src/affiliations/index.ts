import LinkIcon from '@mui/icons-material/Link';
import { ALL, READ } from '../auth/access-rule';
import type { ResourceDefinition } from '../common/resource-definition';
import type { AffiliationRecord } from './affiliation-record';
import { affiliationsMessages } from './messages';

/**
 * No pages of their own: affiliations are added, edited and removed from the
 * organization's and the person's pages (AffiliationsPanel). The resource is
 * still declared, for its label and its record representation.
 */
export const affiliations: ResourceDefinition = {
  name: 'affiliations',
  pages: {
    icon: LinkIcon,
    recordRepresentation: (record: AffiliationRecord): string => `${record.personName} — ${record.organizationName}`,
  },
  access: { admin: ALL, coordinator: ALL, steering: READ },
  auditEntityType: 'Affiliation',
  auditValues: {
    personId: { reference: 'people' },
    organizationId: { reference: 'organizations' },
  },
  messages: affiliationsMessages,
};
