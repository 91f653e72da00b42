/** A country's name in the page's language, from the names the API sends. */
export const countryNameIn = (country: { name: string; nameEs?: string | null; nameFr?: string | null }, locale: string): string => {
  if (locale === 'es') return country.nameEs ?? country.name;
  if (locale === 'fr') return country.nameFr ?? country.name;
  return country.name;
};
