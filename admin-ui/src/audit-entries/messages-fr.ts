import type { CatalogShape } from '../i18n/catalog-type';
import type { auditEntriesEn } from './messages-en';

/** The audit-entries resource's own strings in French: exactly English's keys. */
export const auditEntriesFr: CatalogShape<typeof auditEntriesEn> = {
  name: 'Entrée du journal |||| Journal d’audit',
  fields: {
    id: 'ID',
    createdAt: 'Date',
    userEmail: 'Utilisateur',
    userId: 'Utilisateur',
    action: 'Action',
    entityType: 'Type de fiche',
    entityId: 'Fiche',
    changes: 'Modifications',
  },
  actions: {
    create: 'Création',
    update: 'Modification',
    delete: 'Suppression',
  },
  system: 'Système',
  record_unavailable: 'n’est plus disponible',
  record_hidden: 'une fiche que vous ne pouvez pas ouvrir |||| %{smart_count} fiches que vous ne pouvez pas ouvrir',
  a_record: 'une fiche',
  changes: {
    field: 'Champ',
    before: 'Avant',
    after: 'Après',
    empty: 'Aucune modification de champ enregistrée.',
    caption: 'Champs modifiés',
  },
  summary: '%{action} : %{entityType}',
};
