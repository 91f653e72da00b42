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
    entityId: 'Record',
    changes: 'Changes',
  },
  actions: {
    create: 'Created',
    update: 'Updated',
    delete: 'Deleted',
  },
  system: 'System',
  record_unavailable: 'no longer available',
  record_hidden: 'a record you may not open |||| %{smart_count} records you may not open',
  a_record: 'a record',
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
      entityId: 'Registro',
      changes: 'Cambios',
    },
    actions: {
      create: 'Creación',
      update: 'Modificación',
      delete: 'Eliminación',
    },
    system: 'Sistema',
    record_unavailable: 'ya no está disponible',
    record_hidden: 'un registro que no puede abrir |||| %{smart_count} registros que no puede abrir',
    a_record: 'un registro',
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
      entityId: 'Fiche',
      changes: 'Modifications',
    },
    actions: {
      create: 'Création',
      update: 'Modification',
      delete: 'Suppression',
    },
    system: 'Système',
    record_unavailable: 'n’est plus disponible',
    record_hidden: 'une fiche que vous ne pouvez pas ouvrir |||| %{smart_count} fiches que vous ne pouvez pas ouvrir',
    a_record: 'une fiche',
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
