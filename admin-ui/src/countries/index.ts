import PublicIcon from '@mui/icons-material/Public';
import { LIST_AND_SHOW, type Action } from '../auth/access-rule';
import { lazyPage } from '../common/lazy-page';
import type { ResourceDefinition } from '../common/resource-definition';
import {
  type CountryRecord,
  GOVERNMENT_POSITION_CHOICES,
  OP_STATUS_CHOICES,
  REGION_CHOICES,
  REGIONAL_MECHANISM_CHOICES,
  SUBREGION_CHOICES,
} from './country-record';
import { countriesMessages } from './messages';
import { CountryNameField } from './CountryNameField';

/** Coordinators keep the campaign record of a country; nobody creates, deletes or exports what the reference data loads. */
const EDIT: readonly Action[] = [...LIST_AND_SHOW, 'edit'];

export const countries: ResourceDefinition = {
  name: 'countries',
  pages: {
    list: lazyPage(() => import('./CountryList'), 'CountryList'),
    show: lazyPage(() => import('./CountryShow'), 'CountryShow'),
    edit: lazyPage(() => import('./CountryEdit'), 'CountryEdit'),
    icon: PublicIcon,
    // A string is needed where React-Admin names a record in text (page titles, notifications); pages use CountryNameField.
    recordRepresentation: (record: CountryRecord): string => record.name,
  },
  menu: { group: 'campaign', order: 10 },
  access: { admin: EDIT, coordinator: EDIT, steering: LIST_AND_SHOW },
  localizedName: CountryNameField,
  auditEntityType: 'Country',
  auditValues: {
    opStatus: { choices: OP_STATUS_CHOICES },
    governmentPosition: { choices: GOVERNMENT_POSITION_CHOICES },
    region: { choices: REGION_CHOICES },
    subregion: { choices: SUBREGION_CHOICES },
    regionalMechanisms: { choices: REGIONAL_MECHANISM_CHOICES },
    focalPointOrganizationIds: { reference: 'organizations' },
  },
  messages: countriesMessages,
};
