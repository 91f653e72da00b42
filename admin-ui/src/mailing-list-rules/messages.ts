import type { ResourceCatalogs } from '../i18n/catalog-type';

/** The mailing-list-rules resource's own strings (`resources.mailing-list-rules.*`). */
const en = {
  name: 'Subscription rule |||| Subscription rules',
  fields: {
    mailingListId: 'Mailing list',
    audience: 'Who joins',
    language: 'Organizations working in',
    active: 'Active',
    createdAt: 'Created',
    updatedAt: 'Last updated',
  },
  audience: {
    primary_contacts: 'The primary contact of every active member organization',
    all_contacts: 'Every current contact of active member organizations',
  },
  messages: {
    any_language: 'Any language',
    explain:
      'Rules apply at once and again whenever membership, affiliations, languages or consent change. Only people with consent and an e-mail address join; someone who left a list is never put back by a rule.',
  },
  message: {
    delete_content: 'Delete this rule? The people it subscribed leave the list unless another rule covers them.',
  },
};

export const mailingListRulesMessages: ResourceCatalogs<typeof en> = {
  en,
  es: {
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
  },
  fr: {
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
  },
};
