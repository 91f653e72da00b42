import type { ResourceCatalogs } from '../i18n/catalog-type';

/** The affiliations resource's own strings (`resources.affiliations.*`): labels, choices and messages; Spanish and French must have exactly English's keys. */
const en = {
  name: 'Affiliation |||| Affiliations',
  fields: {
    personId: 'Person',
    organizationId: 'Organization',
    personName: 'Person',
    organizationName: 'Organization',
    role: 'Role',
    isPrimaryContact: 'Primary contact',
    since: 'Since',
    until: 'Until',
    createdAt: 'Created',
    updatedAt: 'Last updated',
  },
  helpers: {
    role: 'Position in the organization, e.g. campaign officer',
    isPrimaryContact: 'The person the secretariat writes to first',
    until: 'Leave empty while the person is still there',
  },
  validation: {
    until_before_since: 'The end must not be before the start',
  },
  actions: {
    add: 'Add',
    add_person: 'Add a person',
    add_organization: 'Add an organization',
    edit_title: '%{person} at %{organization}',
    remove: 'Remove',
  },
  messages: {
    delete_title: 'Remove this affiliation?',
    delete_content: '%{person} will no longer be linked to %{organization}. Both records stay; to keep the history, set an end date instead.',
  },
  notifications: {
    added: 'Affiliation added',
    updated: 'Affiliation updated',
  },
  primary: 'Primary',
  current_organization: 'Current people',
  past_organization: 'Former people',
  current_person: 'Current organizations',
  past_person: 'Former organizations',
  empty_current_organization: 'Nobody is affiliated with this organization at the moment.',
  empty_past_organization: 'No former affiliations.',
  empty_current_person: 'This person is not affiliated with any organization at the moment.',
  empty_past_person: 'No former affiliations.',
};

export const affiliationsMessages: ResourceCatalogs<typeof en> = {
  en,
  es: {
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
      delete_content:
        '%{person} dejará de estar vinculada a %{organization}. Ambos registros se mantienen; para conservar el historial, ponga una fecha de fin.',
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
  },
  fr: {
    name: 'Affiliation |||| Affiliations',
    fields: {
      personId: 'Personne',
      organizationId: 'Organisation',
      personName: 'Personne',
      organizationName: 'Organisation',
      role: 'Fonction',
      isPrimaryContact: 'Contact principal',
      since: 'Depuis',
      until: 'Jusqu’au',
      createdAt: 'Créé',
      updatedAt: 'Dernière modification',
    },
    helpers: {
      role: 'Poste dans l’organisation, p. ex. chargée de campagne',
      isPrimaryContact: 'La personne à qui le secrétariat écrit en premier',
      until: 'Laisser vide tant que la personne y est',
    },
    validation: {
      until_before_since: 'La fin ne peut pas précéder le début',
    },
    actions: {
      add: 'Ajouter',
      add_person: 'Ajouter une personne',
      add_organization: 'Ajouter une organisation',
      edit_title: '%{person} chez %{organization}',
      remove: 'Retirer',
    },
    messages: {
      delete_title: 'Retirer cette affiliation ?',
      delete_content: '%{person} ne sera plus reliée à %{organization}. Les deux fiches restent ; pour garder l’historique, indiquez plutôt une date de fin.',
    },
    notifications: {
      added: 'Affiliation ajoutée',
      updated: 'Affiliation modifiée',
    },
    primary: 'Principal',
    current_organization: 'Personnes actuelles',
    past_organization: 'Anciennes personnes',
    current_person: 'Organisations actuelles',
    past_person: 'Anciennes organisations',
    empty_current_organization: 'Personne n’est affilié à cette organisation en ce moment.',
    empty_past_organization: 'Aucune affiliation passée.',
    empty_current_person: 'Cette personne n’est affiliée à aucune organisation en ce moment.',
    empty_past_person: 'Aucune affiliation passée.',
  },
};
