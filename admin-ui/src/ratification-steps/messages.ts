import type { ResourceCatalogs } from '../i18n/catalog-type';
import { RATIFICATION_STAGE_WORDS, RATIFICATION_STEP_STATUS_WORDS } from '@contract/ratification-steps/ratification-step-words.contract';

const en = {
  name: 'Ratification step |||| Ratification steps',
  fields: { countryId: 'Country', stage: 'Stage', date: 'Date', status: 'Status', note: 'Note', source: 'Source' },
  stages: RATIFICATION_STAGE_WORDS.en,
  statuses: RATIFICATION_STEP_STATUS_WORDS.en,
  source_help: 'A URL or a document reference',
  date_help: 'When it happened, or when it is expected',
};

export const ratificationStepsMessages: ResourceCatalogs<typeof en> = {
  en,
  es: {
    name: 'Etapa de ratificación |||| Etapas de ratificación',
    fields: { countryId: 'País', stage: 'Etapa', date: 'Fecha', status: 'Estado', note: 'Nota', source: 'Fuente' },
    stages: RATIFICATION_STAGE_WORDS.es,
    statuses: RATIFICATION_STEP_STATUS_WORDS.es,
    source_help: 'Una URL o la referencia de un documento',
    date_help: 'Cuándo ocurrió o cuándo se espera',
  },
  fr: {
    name: 'Étape de ratification |||| Étapes de ratification',
    fields: { countryId: 'Pays', stage: 'Étape', date: 'Date', status: 'Statut', note: 'Note', source: 'Source' },
    stages: RATIFICATION_STAGE_WORDS.fr,
    statuses: RATIFICATION_STEP_STATUS_WORDS.fr,
    source_help: "Une URL ou la référence d'un document",
    date_help: 'Quand elle a eu lieu, ou quand elle est attendue',
  },
};
