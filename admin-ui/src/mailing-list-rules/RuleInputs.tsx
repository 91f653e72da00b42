import { Alert } from '@mui/material';
import { BooleanInput, ReferenceInput, SelectInput, required, useTranslate } from 'react-admin';
import { LANGUAGE_CHOICES } from '../mailing-lists/mailing-list-record';
import { RULE_AUDIENCE_CHOICES } from './rule-record';

export const RuleInputs = ({ creating = false }: { creating?: boolean }) => {
  const translate = useTranslate();
  return (
    <>
      <Alert severity="info" sx={{ mb: 2 }}>
        {translate('resources.mailing-list-rules.messages.explain')}
      </Alert>
      {creating ? (
        <ReferenceInput source="mailingListId" reference="mailing-lists">
          <SelectInput optionText="name" validate={required()} />
        </ReferenceInput>
      ) : null}
      <SelectInput source="audience" choices={RULE_AUDIENCE_CHOICES} validate={required()} />
      <SelectInput source="language" choices={LANGUAGE_CHOICES} emptyText="resources.mailing-list-rules.messages.any_language" />
      <BooleanInput source="active" defaultValue={true} />
    </>
  );
};
