import { Alert, Button, Skeleton } from '@mui/material';
import { AutocompleteArrayInput, AutocompleteInput, required, useTranslate, type Validator } from 'react-admin';
import { JOIN_LIMITS } from './join-application';
import type { PublicCountries } from './use-public-countries';

const LABELS = 'resources.membership-applications.fields';

const atMostCountries: Validator = (value: unknown) =>
  Array.isArray(value) && value.length > JOIN_LIMITS.countriesOfWork
    ? { message: 'app.join.validation.max_countries', args: { max: JOIN_LIMITS.countriesOfWork } }
    : undefined;

const headquartersValidators = [required()];
const countriesOfWorkValidators = [atMostCountries];

/** Headquarters and countries of work, chosen from the public country list in the page's language. */
export const CountryInputs = ({ countries }: { countries: PublicCountries }) => {
  const translate = useTranslate();
  if (countries.failed) {
    return (
      <Alert
        severity="error"
        sx={{ gridColumn: '1 / -1' }}
        action={
          <Button color="inherit" size="small" onClick={countries.retry}>
            {translate('app.join.countries_retry')}
          </Button>
        }
      >
        {translate('app.join.countries_error')}
      </Alert>
    );
  }
  if (!countries.choices) {
    return (
      <>
        <Skeleton variant="rounded" height={48} aria-label={translate('app.join.countries_loading')} />
        <Skeleton variant="rounded" height={48} />
      </>
    );
  }
  return (
    <>
      <AutocompleteInput
        source="headquartersCountryId"
        label={`${LABELS}.headquartersCountryId`}
        choices={countries.choices}
        translateChoice={false}
        validate={headquartersValidators}
        helperText="app.join.helpers.headquartersCountryId"
      />
      <AutocompleteArrayInput
        source="countriesOfWorkIds"
        label={`${LABELS}.countriesOfWorkIds`}
        choices={countries.choices}
        translateChoice={false}
        validate={countriesOfWorkValidators}
        helperText="app.join.helpers.countriesOfWorkIds"
      />
    </>
  );
};
