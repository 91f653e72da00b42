import { required, SelectInput, TextInput, maxLength } from 'react-admin';
import { LIST_KEY_PATTERN } from '@contract/mailing/mailing.contract';
import { AUDIENCE_CHOICES, LANGUAGE_CHOICES, PROVIDER_CHOICES } from './mailing-list-record';

const nameValidators = [required(), maxLength(200)];
const keyPattern = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' && !LIST_KEY_PATTERN.test(value) ? 'resources.mailing-lists.helper.key' : undefined;
const keyValidators = [required(), keyPattern];
const descriptionValidators = [maxLength(2000)];

/** Fields that create and edit share. */
export const MailingListInputs = () => (
  <>
    <TextInput source="name" validate={nameValidators} />
    <TextInput source="key" validate={keyValidators} helperText="resources.mailing-lists.helper.key" />
    <SelectInput source="language" choices={LANGUAGE_CHOICES} validate={required()} />
    <SelectInput source="audience" choices={AUDIENCE_CHOICES} validate={required()} />
    <SelectInput source="provider" choices={PROVIDER_CHOICES} validate={required()} defaultValue="none" />
    <TextInput source="description" multiline minRows={3} validate={descriptionValidators} />
  </>
);
