import type { CatalogShape } from '../i18n/catalog-type';
import type { peopleEn } from './messages-en';

/** The people resource's own strings in French: exactly English's keys. */
export const peopleFr: CatalogShape<typeof peopleEn> = {
  name: 'Personne |||| Personnes',
  fields: {
    id: 'ID',
    q: 'Rechercher',
    firstName: 'Prénom',
    lastName: 'Nom',
    email: 'E-mail',
    otherEmails: 'Autres adresses e-mail',
    otherEmail: 'E-mail',
    phones: 'Numéros de téléphone',
    phone: 'Téléphone',
    jobTitle: 'Fonction',
    countryId: 'Pays',
    organizations: 'Organisations',
    languages: 'Langues',
    consentAt: 'Consentement donné',
    consentSource: 'Consentement donné via',
    userId: 'Peut se connecter',
    createdAt: 'Créé',
    updatedAt: 'Dernière modification',
  },
  filters: {
    organizationId: 'Membres par l’organisation',
    region: 'Région',
    language: 'Langue',
    hasUser: 'Peut se connecter',
  },
  sections: {
    identity: 'Personne',
    contact: 'Contact',
    consent: 'Consentement',
  },
  helpers: {
    email: 'L’adresse principale ; deux personnes ne peuvent pas la partager',
    consentSource: 'Par exemple : demande d’adhésion, feuille d’inscription d’un événement national',
  },
  tabs: {
    profile: 'Profil',
    affiliations: 'Organisations',
    activity: 'Activité',
    duplicates: 'Doublons',
  },
  message: {
    delete_content: 'Supprimer %{recordRepresentation} ? Ses affiliations et ses notes sont aussi supprimées.',
  },
  no_consent: 'Non enregistré',
};
