import type { CatalogShape } from '../i18n/catalog-type';
import { RATIFICATION_STAGE_WORDS, RATIFICATION_STEP_STATUS_WORDS } from '@contract/ratification-steps/ratification-step-words.contract';
import type { ratificationStepsEn } from './messages-en';

/** The ratification-steps resource's own strings in Spanish: exactly English's keys. */
export const ratificationStepsEs: CatalogShape<typeof ratificationStepsEn> = {
  name: 'Etapa de ratificación |||| Etapas de ratificación',
  fields: { countryId: 'País', stage: 'Etapa', date: 'Fecha', status: 'Estado', note: 'Nota', source: 'Fuente' },
  stages: RATIFICATION_STAGE_WORDS.es,
  statuses: RATIFICATION_STEP_STATUS_WORDS.es,
  source_help: 'Una URL o la referencia de un documento',
  date_help: 'Cuándo ocurrió o cuándo se espera',
};
