import type { CatalogShape } from '../i18n/catalog-type';
import type { mailingListsEn } from './messages-en';

/** The mailing-lists resource's own strings in French: exactly English's keys. */
export const mailingListsFr: CatalogShape<typeof mailingListsEn> = {
  name: 'Liste de diffusion |||| Listes de diffusion',
  fields: {
    q: 'Rechercher',
    name: 'Nom',
    key: 'Clé chez le fournisseur',
    language: 'Langue',
    audience: 'Public',
    provider: 'Fournisseur',
    providerListId: 'Identifiant de la liste chez le fournisseur',
    description: 'Description',
    reconciledAt: 'Dernier rapprochement',
    counts: 'Abonnements',
    createdAt: 'Créée',
    updatedAt: 'Dernière modification',
  },
  language: { en: 'Anglais', es: 'Espagnol', fr: 'Français' },
  audience: { members: 'Membres', steering: 'Comité de pilotage', public: 'Grand public', staff: 'Secrétariat' },
  provider: { none: 'Aucun (conservé ici seulement)', mailman: 'Mailman 3', listmonk: 'Listmonk' },
  helper: {
    key: 'Minuscules, chiffres et tirets, p. ex. members-es. Elle ne peut plus changer une fois la liste créée chez son fournisseur.',
  },
  sync: {
    title: 'Synchronisation avec le serveur de listes',
    not_configured:
      "La synchronisation n'est pas configurée pour cette liste : les changements sont conservés et seront envoyés dès que son fournisseur sera configuré.",
    no_provider: "Cette liste n'a pas de fournisseur : les abonnements sont conservés ici seulement.",
    counts: '%{subscribed} abonnés · %{pending} en attente · %{unsubscribed} désabonnés · %{bounced} en échec de distribution',
    unsynced: '%{smart_count} changement en attente du fournisseur |||| %{smart_count} changements en attente du fournisseur',
    failed: '%{smart_count} changement en échec |||| %{smart_count} changements en échec',
    last_synced: 'Dernier changement livré : %{date}',
    never_synced: 'Rien de livré pour le moment',
    outbox: 'Synchronisation globale : %{pending} en attente (le plus ancien depuis %{age} s), %{failed} en échec',
    retry_failed: 'Relancer les changements en échec',
    retried: '%{smart_count} personne remise en file |||| %{smart_count} personnes remises en file',
  },
  reconcile: {
    title: 'Rapprocher avec les fournisseurs',
    intro:
      'Lit tous les membres chez les fournisseurs et applique ici leurs désabonnements, rebonds et retraits ; nos données sont renvoyées là où le fournisseur est en retard.',
    full: 'Rapprochement complet',
    incremental: 'Rapprochement incrémental',
    progress: 'Rapprochement : %{processed} membres lus sur environ %{total}',
    done: 'Rapprochement terminé : %{changes}',
    nothing: 'rien à changer',
    failed: 'Le rapprochement a échoué : %{error}',
    queued: 'Rapprochement en file ; en attente du processus de fond…',
  },
  queues: { open: 'Ouvrir le tableau des files' },
  message: {
    delete_content: 'Supprimer la liste de diffusion %{recordRepresentation} ? Seule une liste sans abonnés peut être supprimée.',
  },
};
