import type { CatalogShape } from '../i18n/catalog-type';
import type { usersEn } from './messages-en';

/** The users resource's own strings in French: exactly English's keys. */
export const usersFr: CatalogShape<typeof usersEn> = {
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
  never: 'Jamais',
  locked_until: 'Verrouillé jusqu’au %{date}',
  not_locked: 'Non verrouillé',
  no_person: 'Aucune personne liée',
};
