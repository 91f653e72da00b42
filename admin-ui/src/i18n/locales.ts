export const LOCALES = [
  { locale: 'en', name: 'English' },
  { locale: 'es', name: 'Español' },
  { locale: 'fr', name: 'Français' },
] as const;

export type LocaleCode = (typeof LOCALES)[number]['locale'];

export const DEFAULT_LOCALE: LocaleCode = 'en';

/** localStorage key of the chosen language; it outlives logout on purpose. */
export const LOCALE_KEY = 'coalition-crm.locale';

export const isLocaleCode = (value: unknown): value is LocaleCode => LOCALES.some(({ locale }) => locale === value);

export const readStoredLocale = (): LocaleCode => {
  const stored = localStorage.getItem(LOCALE_KEY);
  return isLocaleCode(stored) ? stored : DEFAULT_LOCALE;
};

export const storeLocale = (locale: LocaleCode): void => {
  localStorage.setItem(LOCALE_KEY, locale);
};
