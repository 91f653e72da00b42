import { Box, Typography } from '@mui/material';
import { EditButton, ListButton, SelectField, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { useCanAccessResource } from '../auth/use-can-access';
import { DateTimeField } from '../common/DateTimeField';
import { COUNTRY_PAGE_SECTIONS } from './country-page-sections';
import { REGION_CHOICES, type CountryRecord } from './country-record';
import { SubregionField } from './SubregionField';
import { useCountryName } from './use-country-name';

const CountryShowActions = () => {
  const canEdit = useCanAccessResource('countries', 'edit');
  return (
    <TopToolbar>
      <ListButton />
      {canEdit ? <EditButton /> : null}
    </TopToolbar>
  );
};

const CountryTitle = () => {
  const record = useRecordContext<CountryRecord>();
  const countryName = useCountryName();
  const translate = useTranslate();
  if (!record) return null;
  // React-Admin's own title pattern, with the name in the interface language.
  const name = translate('resources.countries.name', { smart_count: 1 });
  return <span>{translate('ra.page.show', { name, recordRepresentation: countryName(record) })}</span>;
};

/** The names in the three languages, so a coordinator can check how a country is spelt in each. */
const CountryNames = (_props: { label?: string }) => {
  const record = useRecordContext<CountryRecord>();
  if (!record) return null;
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.5, m: 0 }}>
      {[
        ['en', record.name],
        ['es', record.nameEs ?? '—'],
        ['fr', record.nameFr ?? '—'],
      ].map(([lang, name]) => (
        <Box key={lang} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {lang.toUpperCase()}
          </Typography>
          <Typography component="dd" variant="body2" lang={lang} sx={{ m: 0 }}>
            {name}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};

const CountrySections = () => (
  <>
    {COUNTRY_PAGE_SECTIONS.map(({ key, Section }) => (
      <Section key={key} />
    ))}
  </>
);

export const CountryShow = () => (
  <Show title={<CountryTitle />} actions={<CountryShowActions />}>
    <SimpleShowLayout>
      <CountryNames label="resources.countries.fields.names" />
      <TextField source="iso3" />
      <SelectField source="region" choices={REGION_CHOICES} />
      <SubregionField source="subregion" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
    <SimpleShowLayout>
      <CountrySections />
    </SimpleShowLayout>
  </Show>
);
