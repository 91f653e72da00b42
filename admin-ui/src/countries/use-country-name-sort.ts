import { useLocale } from 'react-admin';

/** The API's sort field that orders countries by their name in the interface language. */
export const useCountryNameSort = (): { field: 'name' | 'nameEs' | 'nameFr'; order: 'ASC' } => {
  const locale = useLocale();
  return { field: locale === 'es' ? 'nameEs' : locale === 'fr' ? 'nameFr' : 'name', order: 'ASC' };
};
