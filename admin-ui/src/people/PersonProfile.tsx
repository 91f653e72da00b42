import type { ReactNode } from 'react';
import { Box, Chip, Stack } from '@mui/material';
import { EmailField, Labeled, TextField, useRecordContext, type RaRecord } from 'react-admin';
import { ChoiceChipsField } from '../common/ChoiceChipsField';
import { DateTimeField } from '../common/DateTimeField';
import { LANGUAGE_CHOICES } from '../common/organization-choices';
import { CountryReferenceField } from '../countries/CountryReferenceField';
import { HasUserField } from './HasUserField';

const Column = ({ children }: { children: ReactNode }) => <Box sx={{ display: 'grid', gap: 2, alignContent: 'start', minWidth: 0 }}>{children}</Box>;

/** A list of plain strings (further e-mails, phones) as chips. */
export const StringChipsField = ({ source }: { source: string; label?: string }) => {
  const record = useRecordContext<RaRecord>();
  const raw: unknown = record?.[source];
  const values = Array.isArray(raw) ? raw.filter((value): value is string => typeof value === 'string') : [];
  if (values.length === 0) return <span>—</span>;
  return (
    <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {values.map((value) => (
        <Chip key={value} size="small" variant="outlined" label={value} />
      ))}
    </Stack>
  );
};

/** Every field of a contact. */
export const PersonProfile = (_props: { label?: string | false }) => (
  <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, maxWidth: 1100 }} data-testid="person-profile">
    <Column>
      <Labeled>
        <TextField source="firstName" />
      </Labeled>
      <Labeled>
        <TextField source="lastName" />
      </Labeled>
      <Labeled>
        <TextField source="jobTitle" emptyText="—" />
      </Labeled>
      <Labeled source="countryId">
        <CountryReferenceField source="countryId" emptyText="—" />
      </Labeled>
      <Labeled source="languages">
        <ChoiceChipsField source="languages" choices={LANGUAGE_CHOICES} emptyText="—" />
      </Labeled>
    </Column>
    <Column>
      <Labeled>
        <EmailField source="email" emptyText="—" />
      </Labeled>
      <Labeled source="otherEmails">
        <StringChipsField source="otherEmails" />
      </Labeled>
      <Labeled source="phones">
        <StringChipsField source="phones" />
      </Labeled>
      <Labeled source="userId">
        <HasUserField />
      </Labeled>
      <Labeled>
        <DateTimeField source="consentAt" emptyText="resources.people.no_consent" />
      </Labeled>
      <Labeled>
        <TextField source="consentSource" emptyText="—" />
      </Labeled>
      <Labeled>
        <DateTimeField source="updatedAt" />
      </Labeled>
    </Column>
  </Box>
);
