import {
  AutocompleteArrayInput,
  DateInput,
  CheckboxGroupInput,
  FormDataConsumer,
  ReferenceArrayInput,
  SelectInput,
  TextInput,
  maxLength,
  minValue,
  required,
} from 'react-admin';
import { CountryInput } from '../countries/CountryInput';
import type { AuthorityRecord } from '../authorities/authority-record';
import { ACTION_STATUS_CHOICES, ACTION_TYPE_CHOICES, ASK_CHOICES } from './lobbying-action-record';

const BY_NAME = { field: 'name', order: 'ASC' } as const;
const BY_POST = { field: 'postTitle', order: 'ASC' } as const;
const authorityText = (authority: AuthorityRecord): string => (authority.holderName ? `${authority.postTitle} — ${authority.holderName}` : authority.postTitle);

/** Fields that create and edit share; the authorities offered are those of the chosen country. */
export const LobbyingActionInputs = () => (
  <>
    <SelectInput source="type" choices={ACTION_TYPE_CHOICES} validate={required()} />
    <TextInput source="title" validate={[required(), maxLength(300)]} />
    <CountryInput source="countryId" validate={required()} />
    <DateInput source="occurredOn" validate={required()} />
    <SelectInput source="status" choices={ACTION_STATUS_CHOICES} validate={required()} />
    <FormDataConsumer<{ countryId?: string }>>
      {({ formData }) =>
        formData.countryId ? (
          <ReferenceArrayInput source="authorityIds" reference="authorities" sort={BY_POST} filter={{ countryId: formData.countryId }}>
            <AutocompleteArrayInput optionText={authorityText} filterToQuery={(q: string) => ({ q })} />
          </ReferenceArrayInput>
        ) : null
      }
    </FormDataConsumer>
    <ReferenceArrayInput source="organizationIds" reference="organizations" sort={BY_NAME}>
      <AutocompleteArrayInput filterToQuery={(q: string) => ({ q })} helperText="resources.lobbying-actions.helper.organizationIds" />
    </ReferenceArrayInput>
    <CheckboxGroupInput source="asks" choices={ASK_CHOICES} />
    <TextInput source="description" multiline minRows={2} validate={maxLength(20000)} />
    <TextInput source="outcome" multiline minRows={2} validate={maxLength(20000)} />
    <FormDataConsumer<{ occurredOn?: string }>>
      {({ formData }) => (
        <DateInput
          source="followUpAt"
          helperText="resources.lobbying-actions.helper.followUpAt"
          validate={formData.occurredOn ? minValue(formData.occurredOn) : undefined}
        />
      )}
    </FormDataConsumer>
  </>
);
