import type { Words } from '../common/words.contract.js';
import type { GovernmentPosition, OpStatus, Region, Subregion, TrackedCountryField } from './country.contract.js';

/** A country's status under the Optional Protocol, as a reader sees it. */
export const OP_STATUS_WORDS: Words<OpStatus> = {
  en: { none: 'Not signed', signed: 'Signed', ratified: 'Ratified', acceded: 'Acceded' },
  es: { none: 'No firmado', signed: 'Firmado', ratified: 'Ratificado', acceded: 'Adhesión' },
  fr: { none: 'Non signé', signed: 'Signé', ratified: 'Ratifié', acceded: 'Adhésion' },
};

/** The government's position on the treaty. */
export const GOVERNMENT_POSITION_WORDS: Words<GovernmentPosition> = {
  en: { unknown: 'Unknown', opposed: 'Opposed', undecided: 'Undecided', considering: 'Considering', committed: 'Committed' },
  es: { unknown: 'Desconocida', opposed: 'En contra', undecided: 'Indecisa', considering: 'En estudio', committed: 'Comprometida' },
  fr: { unknown: 'Inconnue', opposed: 'Opposé', undecided: 'Indécis', considering: "À l'étude", committed: 'Engagé' },
};

/** The regions of the reference data. */
export const REGION_WORDS: Words<Region> = {
  en: { Africa: 'Africa', Americas: 'Americas', Asia: 'Asia', Europe: 'Europe', Oceania: 'Oceania', Other: 'Other' },
  es: { Africa: 'África', Americas: 'Américas', Asia: 'Asia', Europe: 'Europa', Oceania: 'Oceanía', Other: 'Otra' },
  fr: { Africa: 'Afrique', Americas: 'Amériques', Asia: 'Asie', Europe: 'Europe', Oceania: 'Océanie', Other: 'Autre' },
};

/** The UN M49 sub-regions of the reference data. */
export const SUBREGION_WORDS: Words<Subregion> = {
  en: {
    'Australia and New Zealand': 'Australia and New Zealand',
    'Central Asia': 'Central Asia',
    'Eastern Asia': 'Eastern Asia',
    'Eastern Europe': 'Eastern Europe',
    'Latin America and the Caribbean': 'Latin America and the Caribbean',
    Melanesia: 'Melanesia',
    Micronesia: 'Micronesia',
    'Northern Africa': 'Northern Africa',
    'Northern America': 'Northern America',
    'Northern Europe': 'Northern Europe',
    Polynesia: 'Polynesia',
    'South-eastern Asia': 'South-eastern Asia',
    'Southern Asia': 'Southern Asia',
    'Southern Europe': 'Southern Europe',
    'Sub-Saharan Africa': 'Sub-Saharan Africa',
    'Western Asia': 'Western Asia',
    'Western Europe': 'Western Europe',
  },
  es: {
    'Australia and New Zealand': 'Australia y Nueva Zelandia',
    'Central Asia': 'Asia central',
    'Eastern Asia': 'Asia oriental',
    'Eastern Europe': 'Europa oriental',
    'Latin America and the Caribbean': 'América Latina y el Caribe',
    Melanesia: 'Melanesia',
    Micronesia: 'Micronesia',
    'Northern Africa': 'África septentrional',
    'Northern America': 'América septentrional',
    'Northern Europe': 'Europa septentrional',
    Polynesia: 'Polinesia',
    'South-eastern Asia': 'Asia sudoriental',
    'Southern Asia': 'Asia meridional',
    'Southern Europe': 'Europa meridional',
    'Sub-Saharan Africa': 'África subsahariana',
    'Western Asia': 'Asia occidental',
    'Western Europe': 'Europa occidental',
  },
  fr: {
    'Australia and New Zealand': 'Australie et Nouvelle-Zélande',
    'Central Asia': 'Asie centrale',
    'Eastern Asia': 'Asie orientale',
    'Eastern Europe': 'Europe orientale',
    'Latin America and the Caribbean': 'Amérique latine et Caraïbes',
    Melanesia: 'Mélanésie',
    Micronesia: 'Micronésie',
    'Northern Africa': 'Afrique du Nord',
    'Northern America': 'Amérique septentrionale',
    'Northern Europe': 'Europe septentrionale',
    Polynesia: 'Polynésie',
    'South-eastern Asia': 'Asie du Sud-Est',
    'Southern Asia': 'Asie du Sud',
    'Southern Europe': 'Europe méridionale',
    'Sub-Saharan Africa': 'Afrique subsaharienne',
    'Western Asia': 'Asie occidentale',
    'Western Europe': 'Europe occidentale',
  },
};

/** Whether a declaration under article 10 or 11 was made. */
export const DECLARATION_WORDS: Words<'yes' | 'no' | 'unknown'> = {
  en: { yes: 'Made', no: 'Not made', unknown: 'Not known' },
  es: { yes: 'Hecha', no: 'No hecha', unknown: 'No se sabe' },
  fr: { yes: 'Faite', no: 'Non faite', unknown: 'Inconnue' },
};

/** The names of the country fields whose changes the status history keeps. */
export const TRACKED_COUNTRY_FIELD_WORDS: Words<TrackedCountryField> = {
  en: {
    opStatus: 'OP-ICESCR',
    opSignedAt: 'Signed',
    opRatifiedAt: 'Ratified',
    art10Declaration: 'Article 10 declaration',
    art10DeclaredAt: 'Article 10 declared on',
    art11Declaration: 'Article 11 declaration',
    art11DeclaredAt: 'Article 11 declared on',
    governmentPosition: 'Government position',
  },
  es: {
    opStatus: 'PF-PIDESC',
    opSignedAt: 'Firma',
    opRatifiedAt: 'Ratificación',
    art10Declaration: 'Declaración del artículo 10',
    art10DeclaredAt: 'Declaración del artículo 10 el',
    art11Declaration: 'Declaración del artículo 11',
    art11DeclaredAt: 'Declaración del artículo 11 el',
    governmentPosition: 'Posición del gobierno',
  },
  fr: {
    opStatus: 'PF-PIDESC',
    opSignedAt: 'Signature',
    opRatifiedAt: 'Ratification',
    art10Declaration: "Déclaration de l'article 10",
    art10DeclaredAt: "Déclaration de l'article 10 le",
    art11Declaration: "Déclaration de l'article 11",
    art11DeclaredAt: "Déclaration de l'article 11 le",
    governmentPosition: 'Position du gouvernement',
  },
};
