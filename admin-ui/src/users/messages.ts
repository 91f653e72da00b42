import type { ResourceCatalogs } from '../i18n/catalog-type';

/** The users resource's own strings (`resources.users.*`): labels, choices and messages; Spanish and French must have exactly English's keys. */
const en = {
  name: 'User |||| Users',
  fields: {
    id: 'ID',
    q: 'Search',
    email: 'E-mail',
    role: 'Role',
    isActive: 'Active',
    lockedUntil: 'Locked until',
    lastLoginAt: 'Last sign-in',
    personId: 'Linked person',
    password: 'Password',
    createdAt: 'Created',
    updatedAt: 'Updated',
  },
  helpers: {
    password: 'Leave empty to send an invitation e-mail',
  },
  never: 'Never',
  locked_until: 'Locked until %{date}',
  not_locked: 'Not locked',
  no_person: 'No linked person',
};

export const usersMessages: ResourceCatalogs<typeof en> = {
  en,
  es: {
    name: 'Usuario |||| Usuarios',
    fields: {
      id: 'ID',
      q: 'Buscar',
      email: 'Correo electrónico',
      role: 'Rol',
      isActive: 'Activo',
      lockedUntil: 'Bloqueado hasta',
      lastLoginAt: 'Último inicio de sesión',
      personId: 'Persona vinculada',
      password: 'Contraseña',
      createdAt: 'Creado',
      updatedAt: 'Modificado',
    },
    helpers: {
      password: 'Déjelo vacío para enviar una invitación por correo electrónico',
    },
    never: 'Nunca',
    locked_until: 'Bloqueado hasta el %{date}',
    not_locked: 'No bloqueado',
    no_person: 'Sin persona vinculada',
  },
  fr: {
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
  },
};
