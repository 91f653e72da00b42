import { BooleanField, EditButton, ListButton, ReferenceField, SelectField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { useCanAccessResource } from '../auth/use-can-access';
import { ChoiceChipsField } from '../common/ChoiceChipsField';
import { DateTimeField } from '../common/DateTimeField';
import { CountryReferenceField } from '../countries/CountryReferenceField';
import { RIGHT_CHOICES, TESTIMONY_LOCALE_CHOICES, TESTIMONY_SOURCE_CHOICES, TESTIMONY_STATUS_CHOICES } from './testimony-record';
import { TestimonySubmitter } from './TestimonySubmitter';

const TestimonyShowActions = () => {
  const canEdit = useCanAccessResource('testimonies', 'edit');
  return (
    <TopToolbar>
      <ListButton />
      {canEdit && <EditButton />}
    </TopToolbar>
  );
};

export const TestimonyShow = () => (
  <Show actions={<TestimonyShowActions />}>
    <SimpleShowLayout>
      <SelectField source="status" choices={TESTIMONY_STATUS_CHOICES} />
      <CountryReferenceField source="countryId" />
      <ChoiceChipsField source="rightsAffected" choices={RIGHT_CHOICES} />
      <TextField source="text" sx={{ whiteSpace: 'pre-wrap' }} />
      <TestimonySubmitter source="submitterName" label="resources.testimonies.fields.submitterName" />
      <TestimonySubmitter source="submitterContact" label="resources.testimonies.fields.submitterContact" />
      <ReferenceField source="organizationId" reference="organizations" emptyText="—" />
      <SelectField source="source" choices={TESTIMONY_SOURCE_CHOICES} />
      <SelectField source="locale" choices={TESTIMONY_LOCALE_CHOICES} />
      <BooleanField source="consentToPublish" />
      <BooleanField source="anonymize" />
      <TextField source="publicTitle" emptyText="—" />
      <TextField source="publicText" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <DateTimeField source="publishedAt" emptyText="—" />
      <DateTimeField source="createdAt" />
    </SimpleShowLayout>
  </Show>
);
