import type { CatalogShape } from '../i18n/catalog-type';
import type { peopleEn } from './messages-en';

/** The people resource's own strings in Spanish: exactly English's keys. */
export const peopleEs: CatalogShape<typeof peopleEn> = {
  name: 'Persona |||| Personas',
  fields: {
    id: 'ID',
    q: 'Buscar',
    firstName: 'Nombre',
    lastName: 'Apellidos',
    email: 'Correo electrónico',
    otherEmails: 'Otros correos electrónicos',
    otherEmail: 'Correo electrónico',
    phones: 'Teléfonos',
    phone: 'Teléfono',
    jobTitle: 'Cargo',
    countryId: 'País',
    organizations: 'Organizaciones',
    languages: 'Idiomas',
    consentAt: 'Consentimiento dado',
    consentSource: 'Consentimiento dado a través de',
    userId: 'Puede iniciar sesión',
    createdAt: 'Creado',
    updatedAt: 'Última modificación',
  },
  filters: {
    organizationId: 'Miembros a través de la organización',
    region: 'Región',
    language: 'Idioma',
    hasUser: 'Puede iniciar sesión',
  },
  sections: {
    identity: 'Persona',
    contact: 'Contacto',
    consent: 'Consentimiento',
  },
  helpers: {
    email: 'La dirección principal; dos personas no pueden compartirla',
    consentSource: 'Por ejemplo: solicitud de membresía, hoja de inscripción de un evento nacional',
  },
  tabs: {
    profile: 'Perfil',
    affiliations: 'Organizaciones',
    activity: 'Actividad',
    duplicates: 'Duplicados',
  },
  message: {
    delete_content: '¿Eliminar a %{recordRepresentation}? Sus afiliaciones y notas también se eliminan.',
  },
  no_consent: 'No registrado',
};
