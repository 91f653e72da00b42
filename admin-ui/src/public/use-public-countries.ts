import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Schema } from '../api/schema';
import { publicRequest } from './public-api';

/** A country as `GET /api/public/countries` returns it (the fields the form uses). */
type PublicCountry = Pick<Schema<'PublicCountryDto'>, 'id' | 'iso3' | 'name' | 'nameEs' | 'nameFr'>;

export type CountryChoice = { id: string; name: string };

const isPublicCountry = (value: unknown): value is PublicCountry => {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.id === 'string' && typeof candidate.iso3 === 'string' && typeof candidate.name === 'string';
};

const nameIn = (country: PublicCountry, locale: string): string => {
  if (locale === 'es') return country.nameEs ?? country.name;
  if (locale === 'fr') return country.nameFr ?? country.name;
  return country.name;
};

export type PublicCountries = {
  /** Null while loading or after a failure. */
  choices: CountryChoice[] | null;
  failed: boolean;
  retry: () => void;
};

/** Every country, named and sorted in the page's language, for the public forms (which read their language each in its own way). */
export const usePublicCountries = (locale: string): PublicCountries => {
  const [countries, setCountries] = useState<PublicCountry[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    setFailed(false);
    void publicRequest('GET', '/api/public/countries').then(({ status, body }) => {
      if (cancelled) return;
      if (status === 200 && Array.isArray(body)) setCountries(body.filter(isPublicCountry));
      else setFailed(true);
    });
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  const choices = useMemo(() => {
    if (!countries) return null;
    const collator = new Intl.Collator(locale);
    return countries.map((country) => ({ id: country.id, name: nameIn(country, locale) })).sort((a, b) => collator.compare(a.name, b.name));
  }, [countries, locale]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { choices, failed, retry };
};
