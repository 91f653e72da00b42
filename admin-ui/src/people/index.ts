import PeopleIcon from '@mui/icons-material/People';
import { ALL, READ } from '../auth/access-rule';
import type { ResourceDefinition } from '../common/resource-definition';
import { PersonCreate } from './PersonCreate';
import { PersonEdit } from './PersonEdit';
import { PersonList } from './PersonList';
import { PersonShow } from './PersonShow';
import { fullName, type PersonRecord } from './person-record';
import { peopleMessages } from './messages';

export const people: ResourceDefinition = {
  name: 'people',
  pages: {
    list: PersonList,
    create: PersonCreate,
    edit: PersonEdit,
    show: PersonShow,
    icon: PeopleIcon,
    recordRepresentation: (record: PersonRecord): string => fullName(record),
  },
  menu: { group: 'members', order: 20 },
  access: { admin: ALL, coordinator: ALL, steering: READ },
  messages: peopleMessages,
};
