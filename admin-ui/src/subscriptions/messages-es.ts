import type { CatalogShape } from '../i18n/catalog-type';
import type { subscriptionsEn } from './messages-en';

/** The subscriptions resource's own strings in Spanish: exactly English's keys. */
export const subscriptionsEs: CatalogShape<typeof subscriptionsEn> = {
  name: 'Suscripción |||| Suscripciones',
  fields: {
    personId: 'Persona',
    personName: 'Persona',
    personEmail: 'Correo electrónico',
    mailingListId: 'Lista de correo',
    mailingListName: 'Lista de correo',
    status: 'Estado',
    source: 'Origen',
    endedBy: 'Terminada por',
    subscribedAt: 'Suscrita',
    unsubscribedAt: 'Dada de baja',
    syncState: 'Sincronización',
    lastSyncedAt: 'Última entrega',
    lastError: 'Último error',
    createdAt: 'Creada',
    updatedAt: 'Última modificación',
  },
  status: { pending: 'Pendiente', subscribed: 'Suscrita', unsubscribed: 'Dada de baja', bounced: 'Rebotada' },
  source: { staff: 'Secretaría', self: 'La persona', rule: 'Regla', import: 'Importación', provider: 'Proveedor' },
  ended_by: { person: 'La persona', staff: 'Secretaría', provider: 'Proveedor (baja o eliminación)', rule: 'Regla', consent: 'Consentimiento retirado' },
  sync_state: { synced: 'Entregada', pending: 'En espera', failed: 'Fallida', not_configured: 'Sin configurar' },
  messages: {
    count: 'Una suscripción |||| %{smart_count} suscripciones',
    retry: 'Reenviar',
    retried: 'Reenviada al proveedor',
    consent_needed: 'Solo se puede suscribir a personas que consintieron ser contactadas.',
  },
  message: {
    delete_content: '¿Eliminar esta suscripción? El proveedor también quita la dirección de la lista; para conservar el historial, márquela como dada de baja.',
  },
};
