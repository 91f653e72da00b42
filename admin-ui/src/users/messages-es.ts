import type { CatalogShape } from '../i18n/catalog-type';
import type { usersEn } from './messages-en';

/** The users resource's own strings in Spanish: exactly English's keys. */
export const usersEs: CatalogShape<typeof usersEn> = {
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
};
