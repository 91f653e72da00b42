import type { CatalogShape } from '../i18n/catalog-type';
import type { tasksEn } from './messages-en';

/** The tasks resource's own strings in Spanish: exactly English's keys. */
export const tasksEs: CatalogShape<typeof tasksEn> = {
  name: 'Tarea |||| Tareas',
  fields: {
    q: 'Buscar',
    title: 'Tarea',
    description: 'Detalles',
    dueOn: 'Vence',
    status: 'Estado',
    origin: 'Origen',
    assigneeUserId: 'Para la persona usuaria',
    assigneeOrganizationId: 'Para la organización',
    countryId: 'País',
    sourceId: 'Proviene de',
    completedAt: 'Hecha el',
    createdAt: 'Creada',
    updatedAt: 'Última modificación',
  },
  status: { open: 'Abierta', done: 'Hecha', cancelled: 'Cancelada' },
  origin: { manual: 'Escrita a mano', follow_up: 'Seguimiento', calendar: 'Calendario' },
  helper: { assignee: 'Una persona usuaria o una organización; si se deja vacío, la tarea es suya.' },
  mine: {
    title: 'Mis tareas',
    empty: 'Nada pendiente: no tiene tareas abiertas.',
    error: 'No se pudieron cargar sus tareas.',
    overdue: 'Vencida',
    due: 'Vence el %{date}',
    no_due: 'Sin fecha',
    mark_done: 'Marcar «%{title}» como hecha',
    done: 'Tarea marcada como hecha',
    all: 'Todas las tareas',
  },
  source: 'Abrir el registro de origen',
  country: { title: 'Tareas', none: 'No hay tareas abiertas para este país.' },
  message: { delete_content: '¿Eliminar la tarea %{recordRepresentation}?' },
};
