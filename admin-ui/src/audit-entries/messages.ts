import type { ResourceCatalogs } from '../i18n/catalog-type';

/** The labels of the audit-entries resource (`resources.audit-entries.*`); Spanish and French must have exactly English's keys. */
const en = {
  name: 'Audit entry |||| Audit entries',
  fields: {
    id: 'ID',
    createdAt: 'Date',
    userEmail: 'User',
    userId: 'User',
    action: 'Action',
    entityType: 'Record type',
    entityId: 'Record ID',
    changes: 'Changes',
  },
};

export const auditEntriesMessages: ResourceCatalogs<typeof en> = {
  en,
  es: {
    name: 'Registro de auditoría |||| Registros de auditoría',
    fields: {
      id: 'ID',
      createdAt: 'Fecha',
      userEmail: 'Usuario',
      userId: 'Usuario',
      action: 'Acción',
      entityType: 'Tipo de registro',
      entityId: 'ID del registro',
      changes: 'Cambios',
    },
  },
  fr: {
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
};
