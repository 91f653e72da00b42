import type { CatalogShape } from '../i18n/catalog-type';
import type { mailingListRulesEn } from './messages-en';

/** The mailing-list-rules resource's own strings in French: exactly English's keys. */
export const mailingListRulesFr: CatalogShape<typeof mailingListRulesEn> = {
  name: "Règle d'abonnement |||| Règles d'abonnement",
  fields: {
    mailingListId: 'Liste de diffusion',
    audience: 'Qui rejoint',
    language: 'Organisations travaillant en',
    active: 'Active',
    createdAt: 'Créée',
    updatedAt: 'Dernière modification',
  },
  audience: {
    primary_contacts: 'Le contact principal de chaque organisation membre active',
    all_contacts: 'Tous les contacts actuels des organisations membres actives',
  },
  messages: {
    any_language: 'Toute langue',
    explain:
      "Les règles s'appliquent aussitôt, puis à chaque changement d'adhésion, d'affiliation, de langue ou de consentement. Seules les personnes ayant consenti et ayant une adresse rejoignent ; une personne qui a quitté une liste n'y est jamais remise par une règle.",
  },
  message: {
    delete_content: "Supprimer cette règle ? Les personnes qu'elle a abonnées quittent la liste sauf si une autre règle les couvre.",
  },
};
