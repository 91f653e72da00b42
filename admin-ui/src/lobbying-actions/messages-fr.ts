import type { CatalogShape } from '../i18n/catalog-type';
import { LOBBYING_ACTION_STATUS_WORDS, LOBBYING_ACTION_TYPE_WORDS } from '@contract/lobbying-actions/lobbying-action-words.contract';
import type { lobbyingActionsEn } from './messages-en';

/** The lobbying-actions resource's own strings in French: exactly English's keys. */
export const lobbyingActionsFr: CatalogShape<typeof lobbyingActionsEn> = {
  name: 'Action de plaidoyer |||| Actions de plaidoyer',
  fields: {
    q: 'Rechercher',
    type: 'Type',
    countryId: 'Pays',
    occurredOn: 'Date',
    title: 'Objet',
    asks: 'Demandes',
    ask: 'Demande',
    description: 'Détails',
    outcome: 'Réponse ou résultat',
    followUpAt: 'Relancer le',
    status: 'Statut',
    authorityIds: 'Autorités visées',
    organizationIds: 'Organisations impliquées (cosignataires)',
    awaitingMoreThanDays: 'En attente de réponse',
    recordedByOrganizationId: 'Enregistrée par',
    targets: 'Adressée à',
    createdAt: 'Créée',
    updatedAt: 'Dernière modification',
  },
  type: LOBBYING_ACTION_TYPE_WORDS.fr,
  status: LOBBYING_ACTION_STATUS_WORDS.fr,
  ask: {
    sign: 'Signer le Protocole',
    ratify: 'Ratifier le Protocole',
    declare_art10: 'Déclaration au titre de l’article 10',
    declare_art11: 'Déclaration au titre de l’article 11',
    nominate_expert: 'Proposer un expert au Comité DESC',
    raise_in_upr: 'Le soulever à l’EPU',
    other: 'Autre',
  },
  awaiting: { 14: 'depuis plus de 14 jours', 30: 'depuis plus de 30 jours', 60: 'depuis plus de 60 jours', 90: 'depuis plus de 90 jours' },
  helper: {
    followUpAt: 'Pas avant la date de l’action. Une tâche de relance est créée, et déplacée si cette date change.',
    organizationIds: 'Pour une lettre, les organisations qui la cosignent.',
  },
  held_by: 'alors occupé par %{name}',
  country: { title: 'Historique du plaidoyer', none: 'Aucune action de plaidoyer enregistrée pour ce pays.', add: 'Enregistrer une action' },
  message: { delete_content: 'Supprimer l’action %{recordRepresentation} ? Sa tâche de relance est supprimée avec elle.' },
};
