import type { CatalogShape } from '../i18n/catalog-type';
import { LOBBYING_ACTION_STATUS_WORDS, LOBBYING_ACTION_TYPE_WORDS } from '@contract/lobbying-actions/lobbying-action-words.contract';
import type { lobbyingActionsEn } from './messages-en';

/** The lobbying-actions resource's own strings in Spanish: exactly English's keys. */
export const lobbyingActionsEs: CatalogShape<typeof lobbyingActionsEn> = {
  name: 'Acción de incidencia |||| Acciones de incidencia',
  fields: {
    q: 'Buscar',
    type: 'Tipo',
    countryId: 'País',
    occurredOn: 'Fecha',
    title: 'Asunto',
    asks: 'Peticiones',
    ask: 'Petición',
    description: 'Detalles',
    outcome: 'Respuesta o resultado',
    followUpAt: 'Seguimiento el',
    status: 'Estado',
    authorityIds: 'Autoridades destinatarias',
    organizationIds: 'Organizaciones participantes (cofirmantes)',
    awaitingMoreThanDays: 'Esperando respuesta',
    recordedByOrganizationId: 'Registrada por',
    targets: 'Dirigida a',
    createdAt: 'Creada',
    updatedAt: 'Última modificación',
  },
  type: LOBBYING_ACTION_TYPE_WORDS.es,
  status: LOBBYING_ACTION_STATUS_WORDS.es,
  ask: {
    sign: 'Firmar el Protocolo',
    ratify: 'Ratificar el Protocolo',
    declare_art10: 'Declaración del artículo 10',
    declare_art11: 'Declaración del artículo 11',
    nominate_expert: 'Proponer una persona experta para el Comité DESC',
    raise_in_upr: 'Plantearlo en el EPU',
    other: 'Otra',
  },
  awaiting: { 14: 'desde hace más de 14 días', 30: 'desde hace más de 30 días', 60: 'desde hace más de 60 días', 90: 'desde hace más de 90 días' },
  helper: {
    followUpAt: 'No antes de la fecha de la acción. Se crea una tarea de seguimiento, que se mueve si esta fecha cambia.',
    organizationIds: 'En una carta, las organizaciones que la firman.',
  },
  held_by: 'ocupado entonces por %{name}',
  country: { title: 'Historial de incidencia', none: 'No hay acciones de incidencia registradas para este país.', add: 'Registrar una acción' },
  message: { delete_content: '¿Eliminar la acción %{recordRepresentation}? Su tarea de seguimiento se elimina con ella.' },
};
