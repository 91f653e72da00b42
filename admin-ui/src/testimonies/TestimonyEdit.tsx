import { Typography } from '@mui/material';
import { BooleanInput, CheckboxGroupInput, Edit, SelectInput, SimpleForm, TextInput, maxLength, required, useRecordContext, useTranslate } from 'react-admin';
import { TESTIMONY_LIMITS, TESTIMONY_TRANSITIONS } from '@contract/testimonies/testimony.contract';
import { EditDeleteToolbar } from '../common/EditDeleteToolbar';
import { FORM_SX } from '../common/form-layout';
import { RIGHT_CHOICES, TESTIMONY_STATUS_CHOICES, type TestimonyRecord } from './testimony-record';

/** The statuses the record may take next, and its own. */
const StatusInput = () => {
  const record = useRecordContext<TestimonyRecord>();
  const allowed = record ? [record.status, ...TESTIMONY_TRANSITIONS[record.status]] : [];
  return (
    <SelectInput
      source="status"
      choices={TESTIMONY_STATUS_CHOICES.filter((choice) => allowed.includes(choice.id))}
      validate={required()}
      helperText="resources.testimonies.helper.status"
    />
  );
};

/** The story as it was sent, above the fields of the review. */
const OriginalText = () => {
  const record = useRecordContext<TestimonyRecord>();
  const translate = useTranslate();
  return record ? (
    <>
      <Typography variant="subtitle2">{translate('resources.testimonies.fields.text')}</Typography>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', mb: 2 }}>
        {record.text}
      </Typography>
    </>
  ) : null;
};

/** The coordinators' review: rights, status and the public version. Consent may be withdrawn, anonymity added. */
export const TestimonyEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm noValidate sx={FORM_SX} toolbar={<EditDeleteToolbar />} warnWhenUnsavedChanges>
      <OriginalText />
      <CheckboxGroupInput source="rightsAffected" choices={RIGHT_CHOICES} validate={required()} />
      <StatusInput />
      <TextInput source="publicTitle" validate={maxLength(TESTIMONY_LIMITS.publicTitle)} />
      <TextInput
        source="publicText"
        multiline
        minRows={4}
        validate={maxLength(TESTIMONY_LIMITS.publicText)}
        helperText="resources.testimonies.helper.publicText"
      />
      <BooleanInput source="consentToPublish" helperText="resources.testimonies.helper.consentToPublish" />
      <BooleanInput source="anonymize" helperText="resources.testimonies.helper.anonymize" />
    </SimpleForm>
  </Edit>
);
