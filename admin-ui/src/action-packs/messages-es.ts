import type { CatalogShape } from '../i18n/catalog-type';
import type { actionPacksEn } from './messages-en';

/** The action-packs resource's own strings in Spanish: exactly English's keys. */
export const actionPacksEs: CatalogShape<typeof actionPacksEn> = {
  name: 'Paquete de acción |||| Paquetes de acción',
  title: 'Paquete de acción por país',
  intro: 'Elige un país y un idioma: cada modelo de mensaje se completa con los datos actuales del país, listo para copiar o descargar.',
  country: 'País',
  language: 'Idioma del paquete',
  languages: { en: 'Inglés', es: 'Español', fr: 'Francés' },
  pick_country: 'Elige un país para preparar su paquete.',
  loading: 'Preparando el paquete…',
  failed: 'No se pudo preparar el paquete.',
  retry: 'Reintentar',
  none: 'Todavía no hay modelos de mensaje en este idioma.',
  download: 'Descargar .docx',
  copy: 'Copiar',
  copied: 'Copiado al portapapeles',
  copy_failed: 'El navegador no permitió copiar; selecciona el texto y cópialo a mano.',
  subject: 'Asunto',
  characters: '%{count} de %{limit} caracteres',
  too_long: 'Demasiado largo para redes sociales: %{count} caracteres de %{limit}. Acorta el modelo.',
  missing: 'Aún sin dato, queda entre corchetes para que lo completes: %{names}',
  facts: { partiesCount: 'Estados parte', opStatus: 'Situación', ministry: 'Ministerio de Relaciones Exteriores', ministryHolder: 'Titular' },
  open_from_country: 'Paquete de acción',
};
