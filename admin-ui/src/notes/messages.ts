import type { ResourceCatalogs } from '../i18n/catalog-type';

/** The notes resource's own strings (`resources.notes.*`): labels, choices and messages; Spanish and French must have exactly English's keys. */
const en = {
  name: 'Note |||| Notes',
  new_label: 'New note',
  placeholder: 'What happened, what was agreed, what comes next…',
  add: 'Add note',
  added: 'Note added',
  delete: 'Delete note',
  delete_title: 'Delete this note?',
  delete_content: 'The note will be removed from the timeline for everyone.',
  deleted: 'Note deleted',
};

export const notesMessages: ResourceCatalogs<typeof en> = {
  en,
  es: {
    name: 'Nota |||| Notas',
    new_label: 'Nueva nota',
    placeholder: 'Qué pasó, qué se acordó, qué sigue…',
    add: 'Añadir nota',
    added: 'Nota añadida',
    delete: 'Eliminar la nota',
    delete_title: '¿Eliminar esta nota?',
    delete_content: 'La nota desaparecerá del historial para todas las personas.',
    deleted: 'Nota eliminada',
  },
  fr: {
    name: 'Note |||| Notes',
    new_label: 'Nouvelle note',
    placeholder: 'Ce qui s’est passé, ce qui a été convenu, la suite…',
    add: 'Ajouter la note',
    added: 'Note ajoutée',
    delete: 'Supprimer la note',
    delete_title: 'Supprimer cette note ?',
    delete_content: 'La note disparaîtra de l’historique pour tout le monde.',
    deleted: 'Note supprimée',
  },
};
