import { BooleanInput, DateInput, SelectInput, TextInput, email, maxLength, required } from 'react-admin';
import { CountryInput } from '../countries/CountryInput';
import { INSTITUTION_CHOICES, STANCE_CHOICES } from './authority-record';

/** Fields that create and edit share; on edit the holder fields correct the current holder. */
export const AuthorityInputs = ({ editing = false }: { editing?: boolean }) => (
  <>
    <CountryInput source="countryId" validate={required()} />
    <SelectInput source="institution" choices={INSTITUTION_CHOICES} validate={required()} />
    <TextInput source="postTitle" validate={[required(), maxLength(300)]} />
    <SelectInput source="stance" choices={STANCE_CHOICES} validate={required()} />
    {editing && <TextInput source="stanceNote" multiline validate={maxLength(2000)} />}
    <TextInput source="holderName" validate={maxLength(200)} helperText={editing ? 'resources.authorities.helper.holderName' : undefined} />
    <TextInput source="holderEmail" type="email" validate={[email(), maxLength(254)]} />
    <TextInput source="holderPhone" validate={maxLength(50)} />
    <DateInput source="holderSince" />
    <TextInput source="officeEmail" type="email" validate={[email(), maxLength(254)]} />
    <TextInput source="officePhone" validate={maxLength(50)} />
    <TextInput source="officeAddress" validate={maxLength(500)} />
    {editing && <BooleanInput source="isActive" />}
    <TextInput source="notes" multiline minRows={3} validate={maxLength(10000)} />
  </>
);
