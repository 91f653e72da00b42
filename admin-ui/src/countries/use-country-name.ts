import { useCallback } from 'react';
import { useLocale } from 'react-admin';
import type { CountryRecord } from './country-record';

type Named = Pick<CountryRecord, 'name' | 'nameEs' | 'nameFr'>;

/** A country's name in the interface language, falling back to English where the reference data has none. */
export const useCountryName = (): ((country: Named | undefined | null) => string) => {
  const locale = useLocale();
  return useCallback(
    (country) => {
      if (!country) return '';
      if (locale === 'es') return country.nameEs ?? country.name;
      if (locale === 'fr') return country.nameFr ?? country.name;
      return country.name;
    },
    [locale],
  );
};
