import type { CatalogShape } from '../i18n/catalog-type';
import type { affiliationsEn } from './messages-en';

/** The affiliations resource's own strings in French: exactly English's keys. */
export const affiliationsFr: CatalogShape<typeof affiliationsEn> = {
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
};
