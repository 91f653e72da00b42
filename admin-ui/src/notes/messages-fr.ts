import type { CatalogShape } from '../i18n/catalog-type';
import type { notesEn } from './messages-en';

/** The notes resource's own strings in French: exactly English's keys. */
export const notesFr: CatalogShape<typeof notesEn> = {
  name: 'Note |||| Notes',
  new_label: 'Nouvelle note',
  placeholder: 'Ce qui s’est passé, ce qui a été convenu, la suite…',
  add: 'Ajouter la note',
  added: 'Note ajoutée',
  delete: 'Supprimer la note',
  delete_title: 'Supprimer cette note ?',
  delete_content: 'La note disparaîtra de l’historique pour tout le monde.',
  deleted: 'Note supprimée',
  fields: {
    body: 'Texte',
    authorId: 'Auteur·rice',
    authorEmail: 'Courriel de l’auteur·rice',
    targetId: 'Au sujet de',
    targetType: 'Type de fiche',
  },
  target_types: {
    authority: 'Autorité',
    country: 'Pays',
    event: 'Événement',
    lobbying_action: 'Action de plaidoyer',
    membership_application: 'Demande d’adhésion',
    organization: 'Organisation',
    person: 'Personne',
  },
};
