import type { CatalogShape } from '../i18n/catalog-type';
import type { messageTemplatesEn } from './messages-en';

/** The message-templates resource's own strings in Spanish: exactly English's keys. */
export const messageTemplatesEs: CatalogShape<typeof messageTemplatesEn> = {
  name: 'Modelo de mensaje |||| Modelos de mensaje',
  fields: {
    q: 'Buscar',
    kind: 'Tipo',
    language: 'Idioma',
    name: 'Nombre',
    subject: 'Asunto',
    body: 'Texto',
    position: 'Orden en el paquete',
    placeholders: 'Marcadores usados',
    createdAt: 'Creado',
    updatedAt: 'Última actualización',
  },
  kind: { letter: 'Carta', press_release: 'Comunicado de prensa', social_post: 'Mensaje para redes sociales', email: 'Correo electrónico' },
  language: { en: 'Inglés', es: 'Español', fr: 'Francés' },
  placeholders: {
    title: 'Marcadores',
    intro: 'Escribe un marcador entre llaves; cada paquete de acción lo completa para su país.',
    unknown: 'Marcador desconocido %{names}: usa uno de la lista.',
  },
  message: { delete_content: 'El modelo dejará de aparecer en los paquetes de acción.' },
};
