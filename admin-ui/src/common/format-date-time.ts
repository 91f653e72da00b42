const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/** A timestamp in the interface language, as DateTimeField shows it, for places outside a record context. */
export const formatDateTime = (iso: string, locale: string): string => new Date(iso).toLocaleString(locale, DATE_TIME);
