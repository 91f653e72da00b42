import type { ResourceCatalogs } from '../i18n/catalog-type';

const en = {
  name: 'Ratification step |||| Ratification steps',
  fields: { countryId: 'Country', stage: 'Stage', date: 'Date', status: 'Status', note: 'Note', source: 'Source' },
  stages: {
    signature: 'Signature',
    cabinet_approval: 'Cabinet approval',
    submitted_to_parliament: 'Submitted to parliament',
    parliamentary_committee: 'Parliamentary committee',
    parliament_vote: 'Parliament vote',
    instrument_deposited: 'Instrument deposited with the UN',
  },
  statuses: { expected: 'Expected', done: 'Done', stalled: 'Stalled' },
  source_help: 'A URL or a document reference',
  date_help: 'When it happened, or when it is expected',
};

export const ratificationStepsMessages: ResourceCatalogs<typeof en> = {
  en,
  es: {
    name: 'Etapa de ratificación |||| Etapas de ratificación',
    fields: { countryId: 'País', stage: 'Etapa', date: 'Fecha', status: 'Estado', note: 'Nota', source: 'Fuente' },
    stages: {
      signature: 'Firma',
      cabinet_approval: 'Aprobación del gobierno',
      submitted_to_parliament: 'Remitido al parlamento',
      parliamentary_committee: 'Comisión parlamentaria',
      parliament_vote: 'Votación en el parlamento',
      instrument_deposited: 'Instrumento depositado ante la ONU',
    },
    statuses: { expected: 'Prevista', done: 'Cumplida', stalled: 'Estancada' },
    source_help: 'Una URL o la referencia de un documento',
    date_help: 'Cuándo ocurrió o cuándo se espera',
  },
  fr: {
    name: 'Étape de ratification |||| Étapes de ratification',
    fields: { countryId: 'Pays', stage: 'Étape', date: 'Date', status: 'Statut', note: 'Note', source: 'Source' },
    stages: {
      signature: 'Signature',
      cabinet_approval: 'Approbation du gouvernement',
      submitted_to_parliament: 'Transmis au parlement',
      parliamentary_committee: 'Commission parlementaire',
      parliament_vote: 'Vote du parlement',
      instrument_deposited: "Instrument déposé auprès de l'ONU",
    },
    statuses: { expected: 'Prévue', done: 'Accomplie', stalled: 'Bloquée' },
    source_help: "Une URL ou la référence d'un document",
    date_help: 'Quand elle a eu lieu, ou quand elle est attendue',
  },
};
