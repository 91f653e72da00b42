import type { CatalogShape } from '../i18n/catalog-type';
import { RATIFICATION_STAGE_WORDS, RATIFICATION_STEP_STATUS_WORDS } from '@contract/ratification-steps/ratification-step-words.contract';
import type { ratificationStepsEn } from './messages-en';

/** The ratification-steps resource's own strings in French: exactly English's keys. */
export const ratificationStepsFr: CatalogShape<typeof ratificationStepsEn> = {
  name: 'Étape de ratification |||| Étapes de ratification',
  fields: { countryId: 'Pays', stage: 'Étape', date: 'Date', status: 'Statut', note: 'Note', source: 'Source' },
  stages: RATIFICATION_STAGE_WORDS.fr,
  statuses: RATIFICATION_STEP_STATUS_WORDS.fr,
  source_help: "Une URL ou la référence d'un document",
  date_help: 'Quand elle a eu lieu, ou quand elle est attendue',
};
