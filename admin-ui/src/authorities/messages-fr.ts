import type { CatalogShape } from '../i18n/catalog-type';
import type { authoritiesEn } from './messages-en';

/** The authorities resource's own strings in French: exactly English's keys. */
export const authoritiesFr: CatalogShape<typeof authoritiesEn> = {
  name: 'Autorité |||| Autorités',
  fields: {
    q: 'Rechercher',
    countryId: 'Pays',
    institution: 'Institution',
    postTitle: 'Fonction',
    stance: 'Position',
    stanceNote: 'Pourquoi la position a changé',
    officeEmail: 'E-mail du bureau',
    officePhone: 'Téléphone du bureau',
    officeAddress: 'Adresse du bureau',
    isActive: 'La fonction existe toujours',
    notes: 'Notes',
    holderName: 'Titulaire actuel',
    holderEmail: 'E-mail du titulaire',
    holderPhone: 'Téléphone du titulaire',
    holderSince: 'En fonction depuis',
    createdAt: 'Créé',
    updatedAt: 'Dernière modification',
  },
  institution: {
    foreign_affairs: 'Affaires étrangères',
    executive: 'Exécutif',
    parliament: 'Parlement',
    nhri: 'Institution nationale des droits de l’homme',
    attorney_general: 'Procureur général',
    permanent_mission: 'Mission permanente',
    regional_body: 'Organisme régional',
    other: 'Autre',
  },
  stance: { unknown: 'Inconnue', opposed: 'Opposée', undecided: 'Indécise', supportive: 'Favorable', champion: 'Moteur' },
  history: {
    holders: 'Personnes en fonction',
    stance: 'Historique de la position',
    current: 'actuel',
    no_holders: 'Personne n’est encore enregistré à cette fonction.',
    no_stance: 'La position n’a pas changé depuis l’enregistrement de la fonction.',
    by: 'par %{who}',
    new_holder: 'Nouvelle personne en fonction',
    person_name: 'Nom',
    email: 'E-mail',
    phone: 'Téléphone',
    since: 'Depuis',
    save_holder: 'Enregistrer le nouveau titulaire',
    holder_saved: 'Le nouveau titulaire est enregistré ; le précédent reste dans l’historique.',
  },
  helper: {
    holderName:
      'Pour enregistrer une nouvelle personne à cette fonction, utilisez « Nouvelle personne en fonction » sur la page de l’autorité : les actions du titulaire précédent restent les siennes.',
  },
  country: { title: 'Autorités', none: 'Aucune autorité enregistrée pour ce pays.', add: 'Ajouter une autorité' },
  message: {
    delete_content:
      'Supprimer la fonction %{recordRepresentation} ? Une fonction citée par des actions de plaidoyer ne peut pas être supprimée ; indiquez plutôt qu’elle n’existe plus.',
  },
};
