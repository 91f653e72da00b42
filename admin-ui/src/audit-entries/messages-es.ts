import type { CatalogShape } from '../i18n/catalog-type';
import type { auditEntriesEn } from './messages-en';

/** The audit-entries resource's own strings in Spanish: exactly English's keys. */
export const auditEntriesEs: CatalogShape<typeof auditEntriesEn> = {
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
};
