import type { ReactNode } from 'react';
import { Box, Card, CardContent, Divider, Typography } from '@mui/material';
import { EmailField, Labeled, RecordContextProvider, SelectField, TextField, UrlField, useTranslate } from 'react-admin';
import { ChoiceChipsField } from '../common/ChoiceChipsField';
import { DateTimeField } from '../common/DateTimeField';
import { LANGUAGE_CHOICES, ORGANIZATION_TYPE_CHOICES, RIGHTS_FOCUS_CHOICES } from '../common/organization-choices';
import { CountryChipsField } from '../countries/CountryChipsField';
import { CountryReferenceField } from '../countries/CountryReferenceField';
import { LOCALES } from '../i18n/locales';
import type { MembershipApplicationRecord } from './membership-application-record';

const LOCALE_CHOICES = LOCALES.map(({ locale, name }) => ({ id: locale, name }));

const Group = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ mt: 2 }}>
      <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {translate(title)}
      </Typography>
      <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>{children}</Box>
    </Box>
  );
};

const wide = { gridColumn: '1 / -1' };
const preserveLines = { whiteSpace: 'pre-wrap' } as const;

/** What the applicant wrote, grouped as on the public form. */
export const ApplicationDetails = ({ record }: { record: MembershipApplicationRecord }) => {
  const translate = useTranslate();
  return (
    <Card data-testid="application-details">
      <CardContent>
        <Typography component="h2" variant="h6">
          {translate('resources.membership-applications.sections.application')}
        </Typography>
        <RecordContextProvider value={record}>
          <Group title="resources.membership-applications.sections.organization">
            <Labeled sx={wide}>
              <TextField source="organizationName" />
            </Labeled>
            <Labeled>
              <TextField source="organizationAcronym" emptyText="—" />
            </Labeled>
            <Labeled>
              <SelectField source="organizationType" choices={[...ORGANIZATION_TYPE_CHOICES]} />
            </Labeled>
            <Labeled>
              <UrlField source="organizationWebsite" emptyText="—" target="_blank" rel="noopener noreferrer" />
            </Labeled>
            <Labeled>
              <EmailField source="organizationEmail" emptyText="—" />
            </Labeled>
            <Labeled label="resources.membership-applications.fields.headquartersCountryId">
              <CountryReferenceField source="headquartersCountryId" />
            </Labeled>
            <Labeled label="resources.membership-applications.fields.countriesOfWorkIds">
              <CountryChipsField source="countriesOfWorkIds" />
            </Labeled>
          </Group>
          <Divider sx={{ mt: 2 }} />
          <Group title="resources.membership-applications.sections.work">
            <Labeled label="resources.membership-applications.fields.rightsFocus" sx={wide}>
              <ChoiceChipsField source="rightsFocus" choices={RIGHTS_FOCUS_CHOICES} />
            </Labeled>
            <Labeled label="resources.membership-applications.fields.languages" sx={wide}>
              <ChoiceChipsField source="languages" choices={LANGUAGE_CHOICES} />
            </Labeled>
            <Labeled sx={wide}>
              <TextField source="description" emptyText="—" sx={preserveLines} />
            </Labeled>
          </Group>
          <Divider sx={{ mt: 2 }} />
          <Group title="resources.membership-applications.sections.contact">
            <Labeled>
              <TextField source="contactFirstName" />
            </Labeled>
            <Labeled>
              <TextField source="contactLastName" />
            </Labeled>
            <Labeled>
              <EmailField source="contactEmail" />
            </Labeled>
            <Labeled>
              <TextField source="contactPhone" emptyText="—" />
            </Labeled>
            <Labeled>
              <TextField source="contactRole" emptyText="—" />
            </Labeled>
            <Labeled>
              <SelectField source="locale" choices={LOCALE_CHOICES} translateChoice={false} />
            </Labeled>
          </Group>
          <Divider sx={{ mt: 2 }} />
          <Group title="resources.membership-applications.sections.motivation">
            <Labeled sx={wide}>
              <TextField source="motivation" sx={preserveLines} />
            </Labeled>
            <Labeled>
              <DateTimeField source="consentAt" />
            </Labeled>
            <Labeled>
              <DateTimeField source="createdAt" />
            </Labeled>
          </Group>
        </RecordContextProvider>
      </CardContent>
    </Card>
  );
};
