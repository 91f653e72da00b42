import type { CatalogShape } from '../i18n/catalog-type';
import type { mailingListRulesEn } from './messages-en';

/** The mailing-list-rules resource's own strings in Spanish: exactly English's keys. */
export const mailingListRulesEs: CatalogShape<typeof mailingListRulesEn> = {
  name: 'Regla de suscripción |||| Reglas de suscripción',
  fields: {
    mailingListId: 'Lista de correo',
    audience: 'Quién se une',
    language: 'Organizaciones que trabajan en',
    active: 'Activa',
    createdAt: 'Creada',
    updatedAt: 'Última modificación',
  },
  audience: {
    primary_contacts: 'El contacto principal de cada organización miembro activa',
    all_contacts: 'Todos los contactos actuales de las organizaciones miembro activas',
  },
  messages: {
    any_language: 'Cualquier idioma',
    explain:
      'Las reglas se aplican de inmediato y de nuevo cuando cambian la membresía, las afiliaciones, los idiomas o el consentimiento. Solo se unen personas con consentimiento y correo; a quien dejó una lista ninguna regla la vuelve a suscribir.',
  },
  message: {
    delete_content: '¿Eliminar esta regla? Las personas que suscribió salen de la lista salvo que otra regla las cubra.',
  },
};
