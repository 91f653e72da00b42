import type { Words } from '../common/words.contract.js';
import type { RatificationStage, RatificationStepStatus } from './ratification-step.contract.js';

/** The stages of a national ratification process. */
export const RATIFICATION_STAGE_WORDS: Words<RatificationStage> = {
  en: {
    signature: 'Signature',
    cabinet_approval: 'Cabinet approval',
    submitted_to_parliament: 'Submitted to parliament',
    parliamentary_committee: 'Parliamentary committee',
    parliament_vote: 'Parliament vote',
    instrument_deposited: 'Instrument deposited with the UN',
  },
  es: {
    signature: 'Firma',
    cabinet_approval: 'Aprobación del gobierno',
    submitted_to_parliament: 'Remitido al parlamento',
    parliamentary_committee: 'Comisión parlamentaria',
    parliament_vote: 'Votación en el parlamento',
    instrument_deposited: 'Instrumento depositado ante la ONU',
  },
  fr: {
    signature: 'Signature',
    cabinet_approval: 'Approbation du gouvernement',
    submitted_to_parliament: 'Transmis au parlement',
    parliamentary_committee: 'Commission parlementaire',
    parliament_vote: 'Vote du parlement',
    instrument_deposited: "Instrument déposé auprès de l'ONU",
  },
};

/** Where a ratification step stands. */
export const RATIFICATION_STEP_STATUS_WORDS: Words<RatificationStepStatus> = {
  en: { expected: 'Expected', done: 'Done', stalled: 'Stalled' },
  es: { expected: 'Prevista', done: 'Cumplida', stalled: 'Estancada' },
  fr: { expected: 'Prévue', done: 'Accomplie', stalled: 'Bloquée' },
};
