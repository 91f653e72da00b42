import type { ResourceCatalogs } from '../i18n/catalog-type';

/** The labels of the notes resource (`resources.notes.*`); Spanish and French must have exactly English's keys. */
const en = { name: 'Note |||| Notes' };

export const notesMessages: ResourceCatalogs<typeof en> = {
  en,
  es: { name: 'Nota |||| Notas' },
  fr: { name: 'Note |||| Notes' },
};
