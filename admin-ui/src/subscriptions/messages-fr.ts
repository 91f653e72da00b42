import type { CatalogShape } from '../i18n/catalog-type';
import type { subscriptionsEn } from './messages-en';

/** The subscriptions resource's own strings in French: exactly English's keys. */
export const subscriptionsFr: CatalogShape<typeof subscriptionsEn> = {
  name: 'Abonnement |||| Abonnements',
  fields: {
    personId: 'Personne',
    personName: 'Personne',
    personEmail: 'E-mail',
    mailingListId: 'Liste de diffusion',
    mailingListName: 'Liste de diffusion',
    status: 'Statut',
    source: 'Origine',
    endedBy: 'Terminé par',
    subscribedAt: 'Abonné le',
    unsubscribedAt: 'Désabonné le',
    syncState: 'Synchronisation',
    lastSyncedAt: 'Dernière livraison',
    lastError: 'Dernière erreur',
    createdAt: 'Créé',
    updatedAt: 'Dernière modification',
  },
  status: { pending: 'En attente', subscribed: 'Abonné', unsubscribed: 'Désabonné', bounced: 'Rebond' },
  source: { staff: 'Secrétariat', self: 'La personne', rule: 'Règle', import: 'Import', provider: 'Fournisseur' },
  ended_by: {
    person: 'La personne',
    staff: 'Secrétariat',
    provider: 'Fournisseur (désabonnement ou retrait)',
    rule: 'Règle',
    consent: 'Consentement retiré',
  },
  sync_state: { synced: 'Livré', pending: 'En attente', failed: 'En échec', not_configured: 'Non configuré' },
  messages: {
    count: 'Un abonnement |||| %{smart_count} abonnements',
    retry: 'Renvoyer',
    retried: 'Renvoyé au fournisseur',
    consent_needed: 'Seules les personnes ayant consenti à être contactées peuvent être abonnées.',
  },
  message: {
    delete_content: "Supprimer cet abonnement ? Le fournisseur retire aussi l'adresse de la liste ; pour garder l'historique, passez-le plutôt en désabonné.",
  },
};
