import type { ResourceCatalogs } from '../i18n/catalog-type';

/** The labels of the countries resource (`resources.countries.*`); Spanish and French must have exactly English's keys. */
const en = {
  name: 'Country |||| Countries',
  fields: {
    q: 'Search',
    name: 'Name',
    names: 'Names',
    iso2: 'ISO code (2 letters)',
    iso3: 'ISO code',
    region: 'Region',
    subregion: 'Subregion',
    icescrParty: 'Party to the ICESCR',
    opStatus: 'OP-ICESCR',
    opSignedAt: 'Signed',
    opRatifiedAt: 'Ratified',
    statusSource: 'Source',
    updatedAt: 'Last updated',
  },
};

export const countriesMessages: ResourceCatalogs<typeof en> = {
  en,
  es: {
    name: 'País |||| Países',
    fields: {
      q: 'Buscar',
      name: 'Nombre',
      names: 'Nombres',
      iso2: 'Código ISO (2 letras)',
      iso3: 'Código ISO',
      region: 'Región',
      subregion: 'Subregión',
      icescrParty: 'Parte en el PIDESC',
      opStatus: 'PF-PIDESC',
      opSignedAt: 'Firma',
      opRatifiedAt: 'Ratificación',
      statusSource: 'Fuente',
      updatedAt: 'Última modificación',
    },
  },
  fr: {
    name: 'Pays |||| Pays',
    fields: {
      q: 'Rechercher',
      name: 'Nom',
      names: 'Noms',
      iso2: 'Code ISO (2 lettres)',
      iso3: 'Code ISO',
      region: 'Région',
      subregion: 'Sous-région',
      icescrParty: 'Partie au PIDESC',
      opStatus: 'PF-PIDESC',
      opSignedAt: 'Signature',
      opRatifiedAt: 'Ratification',
      statusSource: 'Source',
      updatedAt: 'Dernière modification',
    },
  },
};
