import type { CatalogShape } from '../i18n/catalog-type';
import type { authoritiesEn } from './messages-en';

/** The authorities resource's own strings in Spanish: exactly English's keys. */
export const authoritiesEs: CatalogShape<typeof authoritiesEn> = {
  name: 'Autoridad |||| Autoridades',
  fields: {
    q: 'Buscar',
    countryId: 'País',
    institution: 'Institución',
    postTitle: 'Cargo',
    stance: 'Postura',
    stanceNote: 'Por qué cambió la postura',
    officeEmail: 'Correo de la oficina',
    officePhone: 'Teléfono de la oficina',
    officeAddress: 'Dirección de la oficina',
    isActive: 'El cargo sigue existiendo',
    notes: 'Notas',
    holderName: 'Titular actual',
    holderEmail: 'Correo del titular',
    holderPhone: 'Teléfono del titular',
    holderSince: 'En el cargo desde',
    createdAt: 'Creado',
    updatedAt: 'Última modificación',
  },
  institution: {
    foreign_affairs: 'Relaciones exteriores',
    executive: 'Ejecutivo',
    parliament: 'Parlamento',
    nhri: 'Institución nacional de derechos humanos',
    attorney_general: 'Fiscalía / Procuraduría',
    permanent_mission: 'Misión permanente',
    regional_body: 'Organismo regional',
    other: 'Otra',
  },
  stance: { unknown: 'Desconocida', opposed: 'En contra', undecided: 'Indecisa', supportive: 'Favorable', champion: 'Impulsora' },
  history: {
    holders: 'Personas en el cargo',
    stance: 'Historial de la postura',
    current: 'actual',
    no_holders: 'Todavía no hay nadie registrado en este cargo.',
    no_stance: 'La postura no ha cambiado desde que se registró el cargo.',
    by: 'por %{who}',
    new_holder: 'Nueva persona en el cargo',
    person_name: 'Nombre',
    email: 'Correo',
    phone: 'Teléfono',
    since: 'Desde',
    save_holder: 'Registrar al nuevo titular',
    holder_saved: 'Se registró al nuevo titular; el anterior queda en el historial.',
  },
  helper: {
    holderName:
      'Para registrar a una nueva persona en el cargo, use «Nueva persona en el cargo» en la página de la autoridad: las acciones del titular anterior siguen siendo suyas.',
  },
  country: { title: 'Autoridades', none: 'No hay autoridades registradas para este país.', add: 'Añadir una autoridad' },
  message: {
    delete_content: '¿Eliminar el cargo %{recordRepresentation}? Un cargo citado por acciones de incidencia no puede eliminarse; márquelo como inexistente.',
  },
};
