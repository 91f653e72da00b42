import PublicIcon from '@mui/icons-material/Public';
import { LIST_AND_SHOW } from '../auth/access-rule';
import { lazyPage } from '../common/lazy-page';
import type { ResourceDefinition } from '../common/resource-definition';
import type { CountryRecord } from './country-record';
import { countriesMessages } from './messages';

/** Read-only: countries come from the reference data; their treaty status changes through its own workflow. */
export const countries: ResourceDefinition = {
  name: 'countries',
  pages: {
    list: lazyPage(() => import('./CountryList'), 'CountryList'),
    show: lazyPage(() => import('./CountryShow'), 'CountryShow'),
    icon: PublicIcon,
    // A string is needed where React-Admin names a record in text (page titles, notifications); pages use CountryNameField.
    recordRepresentation: (record: CountryRecord): string => record.name,
  },
  menu: { group: 'campaign', order: 10 },
  // Reference data: read-only for everyone in the admin; no export of what the UN publishes.
  access: { admin: LIST_AND_SHOW, coordinator: LIST_AND_SHOW, steering: LIST_AND_SHOW },
  auditEntityType: 'Country',
  messages: countriesMessages,
};
