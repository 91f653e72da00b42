import type { CatalogShape } from '../i18n/catalog-type';
import type { mailingListsEn } from './messages-en';

/** The mailing-lists resource's own strings in Spanish: exactly English's keys. */
export const mailingListsEs: CatalogShape<typeof mailingListsEn> = {
  name: 'Lista de correo |||| Listas de correo',
  fields: {
    q: 'Buscar',
    name: 'Nombre',
    key: 'Clave en el proveedor',
    language: 'Idioma',
    audience: 'Público',
    provider: 'Proveedor',
    providerListId: 'Id de la lista en el proveedor',
    description: 'Descripción',
    reconciledAt: 'Última conciliación',
    counts: 'Suscripciones',
    createdAt: 'Creada',
    updatedAt: 'Última modificación',
  },
  language: { en: 'Inglés', es: 'Español', fr: 'Francés' },
  audience: { members: 'Miembros', steering: 'Comité directivo', public: 'Público general', staff: 'Secretaría' },
  provider: { none: 'Ninguno (solo se guarda aquí)', mailman: 'Mailman 3', listmonk: 'Listmonk' },
  helper: {
    key: 'Minúsculas, cifras y guiones, p. ej. members-es. No puede cambiar una vez creada la lista en su proveedor.',
  },
  sync: {
    title: 'Sincronización con el servidor de listas',
    not_configured: 'La sincronización no está configurada para esta lista: los cambios se guardan y se enviarán cuando se configure su proveedor.',
    no_provider: 'Esta lista no tiene proveedor: las suscripciones solo se guardan aquí.',
    counts: '%{subscribed} suscritas · %{pending} pendientes · %{unsubscribed} dadas de baja · %{bounced} rebotadas',
    unsynced: '%{smart_count} cambio en espera del proveedor |||| %{smart_count} cambios en espera del proveedor',
    failed: '%{smart_count} cambio fallido |||| %{smart_count} cambios fallidos',
    last_synced: 'Último cambio entregado: %{date}',
    never_synced: 'Aún no se ha entregado nada',
    outbox: 'Sincronización total: %{pending} en espera (el más antiguo hace %{age} s), %{failed} fallidos',
    retry_failed: 'Reintentar los cambios fallidos',
    retried: '%{smart_count} persona en cola de nuevo |||| %{smart_count} personas en cola de nuevo',
  },
  reconcile: {
    title: 'Conciliar con los proveedores',
    intro:
      'Lee todos los miembros en los proveedores y aplica aquí sus bajas, rebotes y eliminaciones; nuestros datos se reenvían donde el proveedor está desactualizado.',
    full: 'Conciliación completa',
    incremental: 'Conciliación incremental',
    progress: 'Conciliación: %{processed} de unos %{total} miembros leídos',
    done: 'Conciliación terminada: %{changes}',
    nothing: 'nada que cambiar',
    failed: 'La conciliación falló: %{error}',
    queued: 'Conciliación en cola; esperando al proceso de fondo…',
  },
  queues: { open: 'Abrir el panel de colas' },
  message: {
    delete_content: '¿Eliminar la lista de correo %{recordRepresentation}? Solo se puede eliminar una lista sin personas suscritas.',
  },
};
