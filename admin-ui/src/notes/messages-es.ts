import type { CatalogShape } from '../i18n/catalog-type';
import type { notesEn } from './messages-en';

/** The notes resource's own strings in Spanish: exactly English's keys. */
export const notesEs: CatalogShape<typeof notesEn> = {
  name: 'Nota |||| Notas',
  new_label: 'Nueva nota',
  placeholder: 'Qué pasó, qué se acordó, qué sigue…',
  add: 'Añadir nota',
  added: 'Nota añadida',
  delete: 'Eliminar la nota',
  delete_title: '¿Eliminar esta nota?',
  delete_content: 'La nota desaparecerá del historial para todas las personas.',
  deleted: 'Nota eliminada',
  fields: {
    body: 'Texto',
    authorId: 'Autor/a',
    authorEmail: 'Correo electrónico del autor/a',
    targetId: 'Sobre',
    targetType: 'Tipo de registro',
  },
  target_types: {
    authority: 'Autoridad',
    country: 'País',
    event: 'Evento',
    lobbying_action: 'Acción de incidencia',
    membership_application: 'Solicitud de adhesión',
    organization: 'Organización',
    person: 'Persona',
  },
};
