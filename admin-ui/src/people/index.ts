import PeopleIcon from '@mui/icons-material/People';
import { ALL, READ } from '../auth/access-rule';
import { lazyPage } from '../common/lazy-page';
import type { ResourceDefinition } from '../common/resource-definition';
import { fullName, type PersonRecord } from './person-record';
import { peopleMessages } from './messages';
import { LANGUAGE_CHOICES } from '../common/organization-choices';

export const people: ResourceDefinition = {
  name: 'people',
  pages: {
    list: lazyPage(() => import('./PersonList'), 'PersonList'),
    create: lazyPage(() => import('./PersonCreate'), 'PersonCreate'),
    edit: lazyPage(() => import('./PersonEdit'), 'PersonEdit'),
    show: lazyPage(() => import('./PersonShow'), 'PersonShow'),
    icon: PeopleIcon,
    recordRepresentation: (record: PersonRecord): string => fullName(record),
  },
  menu: { group: 'members', order: 20 },
  access: { admin: ALL, coordinator: ALL, steering: READ },
  auditEntityType: 'Person',
  auditValues: {
    countryId: { reference: 'countries' },
    languages: { choices: LANGUAGE_CHOICES },
  },
  messages: peopleMessages,
};
