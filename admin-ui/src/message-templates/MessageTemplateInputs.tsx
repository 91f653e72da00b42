import { NumberInput, SelectInput, TextInput, maxLength, minValue, maxValue, required, type Validator } from 'react-admin';
import { MESSAGE_TEMPLATE_LIMITS, unknownPlaceholders } from '@contract/message-templates/message-template.contract';
import { MESSAGE_KIND_CHOICES, MESSAGE_LANGUAGE_CHOICES } from './message-template-record';
import { PlaceholderHelp } from './PlaceholderHelp';

/** The same check the API makes on save, before the round trip. */
const knownPlaceholders: Validator = (value: unknown) => {
  const unknown = typeof value === 'string' ? unknownPlaceholders(value) : [];
  return unknown.length > 0
    ? { message: 'resources.message-templates.placeholders.unknown', args: { names: unknown.map((name) => `{${name}}`).join(', ') } }
    : undefined;
};

const V = {
  name: [required(), maxLength(MESSAGE_TEMPLATE_LIMITS.name)],
  subject: [maxLength(MESSAGE_TEMPLATE_LIMITS.subject), knownPlaceholders],
  body: [required(), maxLength(MESSAGE_TEMPLATE_LIMITS.body), knownPlaceholders],
  position: [minValue(0), maxValue(1000)],
};

export const MessageTemplateInputs = () => (
  <>
    <PlaceholderHelp />
    <TextInput source="name" validate={V.name} />
    <SelectInput source="kind" choices={MESSAGE_KIND_CHOICES} validate={required()} />
    <SelectInput source="language" choices={MESSAGE_LANGUAGE_CHOICES} validate={required()} />
    <TextInput source="subject" validate={V.subject} />
    <TextInput source="body" multiline minRows={8} validate={V.body} />
    <NumberInput source="position" validate={V.position} />
  </>
);
