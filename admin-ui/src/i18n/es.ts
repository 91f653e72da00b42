import type { CatalogShape } from './catalog-type';
import type { AppCatalog } from './en';

export const es: CatalogShape<AppCatalog> = {
  app: {
    title: 'Coalition CRM',
    tagline: 'Coalición por el Protocolo Facultativo del PIDESC',
    login: {
      email: 'Correo electrónico',
      password: 'Contraseña',
      heading: 'Iniciar sesión',
    },
    auth: {
      invalid_credentials: 'Correo electrónico o contraseña incorrectos.',
      throttled: 'Demasiados intentos de inicio de sesión. Espere un minuto y vuelva a intentarlo.',
      network_error: 'No se puede contactar con el servidor. Compruebe su conexión y vuelva a intentarlo.',
      server_error: 'El servidor no pudo iniciar su sesión. Inténtelo más tarde.',
      unexpected_response: 'El servidor envió una respuesta inesperada. Inténtelo más tarde.',
      session_expired: 'Su sesión ha terminado. Vuelva a iniciar sesión.',
    },
    errors: {
      forbidden: 'No tiene permiso para hacer esto.',
      not_found: 'Este registro no existe o ya no existe.',
      throttled: 'Demasiadas solicitudes. Espere un momento y vuelva a intentarlo.',
      server: 'El servidor tuvo un problema. Inténtelo más tarde.',
      network: 'No se puede contactar con el servidor. Compruebe su conexión y vuelva a intentarlo.',
    },
    locale: {
      label: 'Idioma',
      change: 'Cambiar el idioma (actual: %{name})',
    },
    roles: {
      admin: 'Administrador/a',
      coordinator: 'Coordinación',
      steering: 'Comité directivo',
      member: 'Miembro',
    },
    user_menu: {
      signed_in_as: 'Sesión iniciada como %{role}',
    },
    dashboard: {
      welcome: 'Bienvenida/o, %{email}',
      role: 'Ha iniciado sesión como: %{role}.',
      intro:
        'Coalition CRM reúne en un solo lugar las organizaciones miembro, los contactos y el trabajo de campaña de la coalición por la ratificación del Protocolo Facultativo del PIDESC.',
      latest_changes: 'Últimos cambios',
      no_changes: 'Todavía no se ha registrado ningún cambio.',
      changes_error: 'No se pudieron cargar los últimos cambios.',
      all_changes: 'Ver todos los cambios',
    },
    status: {
      title: 'Estado del sistema',
      loading: 'Comprobando los servicios…',
      ok: 'Todos los servicios funcionan.',
      degraded: 'Algunos servicios no funcionan.',
      unreachable: 'No se puede contactar con el servidor.',
      checked_at: 'Comprobado a las %{time}',
      refresh: 'Volver a comprobar',
      up: 'Funciona',
      down: 'No funciona',
      components: {
        database: 'Base de datos',
        redis: 'Cola de tareas (Redis)',
      },
    },
    empty: {
      title: 'Todavía no hay %{name}',
      can_create: 'Añada el primero con el botón de abajo.',
      read_only: 'Todavía no se ha registrado nada aquí.',
    },
    users: {
      never: 'Nunca',
      locked_until: 'Bloqueado hasta el %{date}',
      not_locked: 'No bloqueado',
      no_person: 'Sin persona vinculada',
    },
    audit: {
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
  },
  resources: {
    // Names only, until these resources get their pages; audit entries already mention them.
    organizations: { name: 'Organización |||| Organizaciones' },
    people: { name: 'Persona |||| Personas' },
    affiliations: { name: 'Afiliación |||| Afiliaciones' },
    'membership-applications': { name: 'Solicitud de adhesión |||| Solicitudes de adhesión' },
    notes: { name: 'Nota |||| Notas' },
    imports: { name: 'Importación |||| Importaciones' },
    countries: { name: 'País |||| Países' },
    users: {
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
    },
    'audit-entries': {
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
  },
};
