import { RATIFICATION_STAGE_WORDS, RATIFICATION_STEP_STATUS_WORDS } from '@contract/ratification-steps/ratification-step-words.contract';

/** The ratification-steps resource's own strings in English (`resources.ratification-steps.*`): labels, choices and messages. Their shape is the contract Spanish and French fulfil. */
export const ratificationStepsEn = {
  name: 'Ratification step |||| Ratification steps',
  fields: { countryId: 'Country', stage: 'Stage', date: 'Date', status: 'Status', note: 'Note', source: 'Source' },
  stages: RATIFICATION_STAGE_WORDS.en,
  statuses: RATIFICATION_STEP_STATUS_WORDS.en,
  source_help: 'A URL or a document reference',
  date_help: 'When it happened, or when it is expected',
};
