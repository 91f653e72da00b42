import {
  AutocompleteArrayInput,
  BooleanInput,
  CheckboxGroupInput,
  DateTimeInput,
  FormDataConsumer,
  NumberInput,
  ReferenceArrayInput,
  SelectInput,
  TextInput,
  maxLength,
  minValue,
  required,
} from 'react-admin';
import { useRole } from '../auth/use-role';
import { CountryInput } from '../countries/CountryInput';
import { EVENT_STATUS_CHOICES, EVENT_SUPPORT_CHOICES, EVENT_TYPE_CHOICES } from './event-record';

const titleValidators = [required(), maxLength(200)];
const BY_NAME = { field: 'name', order: 'ASC' } as const;

/** The input's local date and time as an instant with its offset, as the API takes start and end. */
const toInstant = (value: string): string | null => (value ? new Date(value).toISOString() : null);

/** The zone of the browser, where most people enter the events they organize themselves. */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Fields that create and edit share; the secretariat's own fields only for editors, the status only once the event exists. */
export const EventInputs = ({ editing = false }: { editing?: boolean }) => {
  const role = useRole();
  const staff = role === 'admin' || role === 'coordinator';
  return (
    <>
      <TextInput source="title" validate={titleValidators} />
      <SelectInput source="type" choices={EVENT_TYPE_CHOICES} validate={required()} />
      <CountryInput source="countryId" helperText="resources.events.helper.countryId" validate={staff ? undefined : required()} />
      <DateTimeInput source="startsAt" parse={toInstant} validate={required()} helperText="resources.events.helper.times" />
      <DateTimeInput source="endsAt" parse={toInstant} validate={required()} />
      <TextInput source="timeZone" validate={[required(), maxLength(64)]} />
      <TextInput source="location" validate={maxLength(300)} />
      <TextInput source="onlineUrl" type="url" validate={maxLength(2000)} />
      <TextInput source="description" multiline minRows={3} validate={maxLength(10000)} />
      {staff && (
        <ReferenceArrayInput source="organizerIds" reference="organizations" sort={BY_NAME}>
          <AutocompleteArrayInput filterToQuery={(q: string) => ({ q })} />
        </ReferenceArrayInput>
      )}
      <CheckboxGroupInput source="supportRequested" choices={EVENT_SUPPORT_CHOICES} />
      <BooleanInput source="governmentAuthorityPresent" />
      <FormDataConsumer<{ governmentAuthorityPresent?: boolean }>>
        {({ formData }) => (formData.governmentAuthorityPresent ? <TextInput source="governmentAuthority" validate={maxLength(300)} /> : null)}
      </FormDataConsumer>
      {staff && (
        <>
          <CheckboxGroupInput source="supportGiven" choices={EVENT_SUPPORT_CHOICES} />
          <BooleanInput source="isPublic" />
        </>
      )}
      {staff && editing && (
        <>
          <SelectInput source="status" choices={EVENT_STATUS_CHOICES} validate={required()} />
          <NumberInput source="attendance" min={0} validate={minValue(0)} />
          <TextInput source="outcomeReport" multiline minRows={3} helperText="resources.events.helper.outcomeReport" />
          <TextInput source="cancellationReason" multiline helperText="resources.events.helper.cancellationReason" />
        </>
      )}
    </>
  );
};
