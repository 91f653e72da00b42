import PeopleIcon from '@mui/icons-material/People';
import { PersonCreate } from './PersonCreate';
import { PersonEdit } from './PersonEdit';
import { PersonList } from './PersonList';
import { PersonShow } from './PersonShow';
import { fullName, type PersonRecord } from './person-record';

export const people = {
  list: PersonList,
  create: PersonCreate,
  edit: PersonEdit,
  show: PersonShow,
  icon: PeopleIcon,
  recordRepresentation: (record: PersonRecord): string => fullName(record),
};
