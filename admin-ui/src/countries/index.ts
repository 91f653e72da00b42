import PublicIcon from '@mui/icons-material/Public';
import { CountryList } from './CountryList';
import { CountryShow } from './CountryShow';
import type { CountryRecord } from './country-record';

/** Read-only: countries come from the reference data; their treaty status changes through its own workflow. */
export const countries = {
  list: CountryList,
  show: CountryShow,
  icon: PublicIcon,
  // A string is needed where React-Admin names a record in text (page titles, notifications); pages use CountryNameField.
  recordRepresentation: (record: CountryRecord): string => record.name,
};
