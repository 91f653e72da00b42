import type { ResourceCatalogs } from '../i18n/catalog-type';

/** The audit-entries resource's own strings (`resources.audit-entries.*`): labels, choices and messages; Spanish and French must have exactly English's keys. */
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
  actions: {
    create: 'Created',
    update: 'Updated',
    delete: 'Deleted',
  },
  system: 'System',
  changes: {
    field: 'Field',
    before: 'Before',
    after: 'After',
    empty: 'No field changes recorded.',
    caption: 'Changed fields',
  },
  summary: '%{action} %{entityType}',
};

export const auditEntriesMessages: ResourceCatalogs<typeof en> = {
  en,
  es: {
    name: 'Registro de auditoría |||| Auditoría',
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
    actions: {
      create: 'Creación',
      update: 'Modificación',
      delete: 'Eliminación',
    },
    system: 'Sistema',
    changes: {
      field: 'Campo',
      before: 'Antes',
      after: 'Después',
      empty: 'No se registró ningún cambio de campo.',
      caption: 'Campos modificados',
    },
    summary: '%{action}: %{entityType}',
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
};
