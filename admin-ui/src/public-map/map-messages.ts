/** The public map's words in each language it speaks; Spanish and French must have exactly English's keys. */
const en = {
  title: 'Where states stand on the Optional Protocol to the ICESCR',
  intro:
    'The Optional Protocol lets people whose economic, social and cultural rights are violated take their case to the UN Committee. These states have joined it or signed it.',
  parties: '%{count} states parties',
  parties_hint: 'ratified or acceded',
  signed: '%{count} signed, not yet ratified',
  none: '%{count} not signed',
  updated: 'Last updated %{date}',
  legend: 'Status',
  map: 'World map of the Optional Protocol’s status by country',
  status_none: 'Not signed',
  status_signed: 'Signed',
  status_ratified: 'Ratified',
  status_acceded: 'Acceded',
  since: 'since %{date}',
  list: 'Every country by status',
  country: 'Country',
  status: 'Status',
  date: 'Date',
  embed: 'Put this map on your website',
  embed_hint: 'Copy this code into your page:',
  copy: 'Copy',
  copied: 'Copied',
  loading: 'Loading the map…',
  error: 'The map could not be loaded. Please try again later.',
  retry: 'Try again',
  language: 'Language',
};

export type MapMessages = { readonly [K in keyof typeof en]: string };

export const MAP_MESSAGES: Readonly<Record<'en' | 'es' | 'fr', MapMessages>> = {
  en,
  es: {
    title: 'Dónde están los Estados respecto al Protocolo Facultativo del PIDESC',
    intro:
      'El Protocolo Facultativo permite a las personas cuyos derechos económicos, sociales y culturales son vulnerados llevar su caso al Comité de la ONU. Estos Estados lo han ratificado o firmado.',
    parties: '%{count} Estados partes',
    parties_hint: 'ratificación o adhesión',
    signed: '%{count} han firmado, sin ratificar aún',
    none: '%{count} sin firmar',
    updated: 'Última actualización: %{date}',
    legend: 'Estado',
    map: 'Mapa mundial del estado del Protocolo Facultativo por país',
    status_none: 'Sin firmar',
    status_signed: 'Firmado',
    status_ratified: 'Ratificado',
    status_acceded: 'Adhesión',
    since: 'desde el %{date}',
    list: 'Todos los países por estado',
    country: 'País',
    status: 'Estado',
    date: 'Fecha',
    embed: 'Ponga este mapa en su sitio web',
    embed_hint: 'Copie este código en su página:',
    copy: 'Copiar',
    copied: 'Copiado',
    loading: 'Cargando el mapa…',
    error: 'No se pudo cargar el mapa. Inténtelo de nuevo más tarde.',
    retry: 'Reintentar',
    language: 'Idioma',
  },
  fr: {
    title: 'Où en sont les États avec le Protocole facultatif au PIDESC',
    intro:
      'Le Protocole facultatif permet aux personnes dont les droits économiques, sociaux et culturels sont violés de porter leur cas devant le Comité de l’ONU. Ces États l’ont ratifié ou signé.',
    parties: '%{count} États parties',
    parties_hint: 'ratification ou adhésion',
    signed: '%{count} ont signé, sans ratifier encore',
    none: '%{count} non signataires',
    updated: 'Dernière mise à jour : %{date}',
    legend: 'Statut',
    map: 'Carte du monde du statut du Protocole facultatif par pays',
    status_none: 'Non signé',
    status_signed: 'Signé',
    status_ratified: 'Ratifié',
    status_acceded: 'Adhésion',
    since: 'depuis le %{date}',
    list: 'Tous les pays par statut',
    country: 'Pays',
    status: 'Statut',
    date: 'Date',
    embed: 'Mettre cette carte sur votre site',
    embed_hint: 'Copiez ce code dans votre page :',
    copy: 'Copier',
    copied: 'Copié',
    loading: 'Chargement de la carte…',
    error: 'La carte n’a pas pu être chargée. Veuillez réessayer plus tard.',
    retry: 'Réessayer',
    language: 'Langue',
  },
};

export type MapLocale = keyof typeof MAP_MESSAGES;

export const isMapLocale = (value: string | null): value is MapLocale => value === 'en' || value === 'es' || value === 'fr';

/** A message with its `%{name}` placeholders filled in. */
export const format = (text: string, values: Record<string, string | number> = {}): string =>
  text.replace(/%\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
