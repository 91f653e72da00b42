import { DateField, useLocale, type DateFieldProps } from 'react-admin';

const FORMAT: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/** Dates follow the interface language, not the browser's, so one screen never mixes two. */
export const DateTimeField = (props: DateFieldProps) => {
  const locale = useLocale();
  return <DateField showTime locales={locale} options={FORMAT} {...props} />;
};
