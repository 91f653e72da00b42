import type { CatalogShape } from './catalog-type';
import type { AppCatalog } from './en';

export const fr: CatalogShape<AppCatalog> = {
  app: {
    title: 'Coalition CRM',
    tagline: 'Coalition pour le Protocole facultatif au PIDESC',
    login: {
      email: 'Adresse e-mail',
      password: 'Mot de passe',
      heading: 'Connexion',
    },
    auth: {
      invalid_credentials: 'Adresse e-mail ou mot de passe incorrect.',
      throttled: 'Trop de tentatives de connexion. Patientez une minute puis réessayez.',
      network_error: 'Le serveur est injoignable. Vérifiez votre connexion puis réessayez.',
      server_error: 'Le serveur n’a pas pu vous connecter. Réessayez plus tard.',
      unexpected_response: 'Le serveur a envoyé une réponse inattendue. Réessayez plus tard.',
      session_expired: 'Votre session a pris fin. Veuillez vous reconnecter.',
    },
    errors: {
      forbidden: 'Vous n’êtes pas autorisé·e à faire cela.',
      not_found: 'Cette fiche n’existe pas ou plus.',
      throttled: 'Trop de requêtes. Patientez un instant puis réessayez.',
      server: 'Le serveur a rencontré un problème. Réessayez plus tard.',
      network: 'Le serveur est injoignable. Vérifiez votre connexion puis réessayez.',
    },
    locale: {
      label: 'Langue',
      change: 'Changer de langue (actuelle : %{name})',
    },
    roles: {
      admin: 'Administrateur·rice',
      coordinator: 'Coordination',
      steering: 'Comité de pilotage',
      member: 'Membre',
    },
    user_menu: {
      signed_in_as: 'Connecté·e en tant que %{role}',
    },
    dashboard: {
      welcome: 'Bienvenue, %{email}',
      role: 'Vous êtes connecté·e en tant que : %{role}.',
      intro:
        'Coalition CRM rassemble les organisations membres, les contacts et le travail de campagne de la coalition pour la ratification du Protocole facultatif au PIDESC.',
      latest_changes: 'Dernières modifications',
      no_changes: 'Aucune modification n’a encore été enregistrée.',
      changes_error: 'Impossible de charger les dernières modifications.',
      all_changes: 'Voir toutes les modifications',
    },
    status: {
      title: 'État du système',
      loading: 'Vérification des services…',
      ok: 'Tous les services fonctionnent.',
      degraded: 'Certains services ne fonctionnent pas.',
      unreachable: 'Le serveur est injoignable.',
      checked_at: 'Vérifié à %{time}',
      refresh: 'Vérifier à nouveau',
      up: 'Fonctionne',
      down: 'En panne',
      components: {
        database: 'Base de données',
        redis: 'File de tâches (Redis)',
      },
    },
    empty: {
      title: 'Aucun élément (%{name}) pour l’instant',
      can_create: 'Ajoutez le premier avec le bouton ci-dessous.',
      read_only: 'Rien n’a encore été enregistré ici.',
    },
    users: {
      never: 'Jamais',
      locked_until: 'Verrouillé jusqu’au %{date}',
      not_locked: 'Non verrouillé',
      no_person: 'Aucune personne liée',
    },
    audit: {
      actions: {
        create: 'Création',
        update: 'Modification',
        delete: 'Suppression',
      },
      system: 'Système',
      changes: {
        field: 'Champ',
        before: 'Avant',
        after: 'Après',
        empty: 'Aucune modification de champ enregistrée.',
        caption: 'Champs modifiés',
      },
      summary: '%{action} : %{entityType}',
    },
  },
  resources: {
    // Names only, until these resources get their pages; audit entries already mention them.
    organizations: { name: 'Organisation |||| Organisations' },
    people: { name: 'Personne |||| Personnes' },
    affiliations: { name: 'Affiliation |||| Affiliations' },
    'membership-applications': { name: 'Demande d’adhésion |||| Demandes d’adhésion' },
    notes: { name: 'Note |||| Notes' },
    imports: { name: 'Import |||| Imports' },
    countries: { name: 'Pays |||| Pays' },
    users: {
      name: 'Utilisateur |||| Utilisateurs',
      fields: {
        id: 'ID',
        q: 'Rechercher',
        email: 'Adresse e-mail',
        role: 'Rôle',
        isActive: 'Actif',
        lockedUntil: 'Verrouillé jusqu’au',
        lastLoginAt: 'Dernière connexion',
        personId: 'Personne liée',
        password: 'Mot de passe',
        createdAt: 'Créé le',
        updatedAt: 'Modifié le',
      },
      helpers: {
        password: 'Laisser vide pour envoyer une invitation par e-mail',
      },
    },
    'audit-entries': {
      name: 'Entrée du journal |||| Journal d’audit',
      fields: {
        id: 'ID',
        createdAt: 'Date',
        userEmail: 'Utilisateur',
        userId: 'Utilisateur',
        action: 'Action',
        entityType: 'Type de fiche',
        entityId: 'ID de la fiche',
        changes: 'Modifications',
      },
    },
  },
};
