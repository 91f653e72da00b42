import { DateField, useLocale, type DateFieldProps } from 'react-admin';

// The API sends calendar dates as YYYY-MM-DD, which JavaScript reads as UTC
// midnight: formatting in UTC keeps 1 May from becoming 30 April west of Greenwich.
const FORMAT: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: 'UTC' };

/** A calendar date (joined, since, until…) in the interface language. */
export const DateOnlyField = (props: DateFieldProps) => {
  const locale = useLocale();
  return <DateField locales={locale} options={FORMAT} {...props} />;
};
