import type { CatalogShape } from '../i18n/catalog-type';
import type { affiliationsEn } from './messages-en';

/** The affiliations resource's own strings in Spanish: exactly English's keys. */
export const affiliationsEs: CatalogShape<typeof affiliationsEn> = {
  name: 'Afiliación |||| Afiliaciones',
  fields: {
    personId: 'Persona',
    organizationId: 'Organización',
    personName: 'Persona',
    organizationName: 'Organización',
    role: 'Función',
    isPrimaryContact: 'Contacto principal',
    since: 'Desde',
    until: 'Hasta',
    createdAt: 'Creado',
    updatedAt: 'Última modificación',
  },
  helpers: {
    role: 'Puesto en la organización, p. ej. responsable de campaña',
    isPrimaryContact: 'La persona a quien la secretaría escribe primero',
    until: 'Déjelo vacío mientras la persona siga allí',
  },
  validation: {
    until_before_since: 'El final no puede ser anterior al inicio',
  },
  actions: {
    add: 'Añadir',
    add_person: 'Añadir una persona',
    add_organization: 'Añadir una organización',
    edit_title: '%{person} en %{organization}',
    remove: 'Quitar',
  },
  messages: {
    delete_title: '¿Quitar esta afiliación?',
    delete_content: '%{person} dejará de estar vinculada a %{organization}. Ambos registros se mantienen; para conservar el historial, ponga una fecha de fin.',
  },
  notifications: {
    added: 'Afiliación añadida',
    updated: 'Afiliación modificada',
  },
  primary: 'Principal',
  current_organization: 'Personas actuales',
  past_organization: 'Personas anteriores',
  current_person: 'Organizaciones actuales',
  past_person: 'Organizaciones anteriores',
  empty_current_organization: 'Nadie está afiliado a esta organización en este momento.',
  empty_past_organization: 'No hay afiliaciones anteriores.',
  empty_current_person: 'Esta persona no está afiliada a ninguna organización en este momento.',
  empty_past_person: 'No hay afiliaciones anteriores.',
};
