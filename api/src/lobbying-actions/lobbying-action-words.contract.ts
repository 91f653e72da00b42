import type { Words } from '../common/words.contract.js';
import type { LobbyingActionStatus, LobbyingActionType } from './lobbying-action.contract.js';

/** The kinds of lobbying action. */
export const LOBBYING_ACTION_TYPE_WORDS: Words<LobbyingActionType> = {
  en: {
    meeting: 'Meeting',
    letter: 'Letter',
    call: 'Call',
    petition_delivery: 'Petition delivery',
    upr_intervention: 'UPR intervention',
    media: 'Media',
    other: 'Other',
  },
  es: {
    meeting: 'Reunión',
    letter: 'Carta',
    call: 'Llamada',
    petition_delivery: 'Entrega de petición',
    upr_intervention: 'Intervención en el EPU',
    media: 'Medios',
    other: 'Otra',
  },
  fr: {
    meeting: 'Réunion',
    letter: 'Lettre',
    call: 'Appel',
    petition_delivery: 'Remise de pétition',
    upr_intervention: 'Intervention à l’EPU',
    media: 'Médias',
    other: 'Autre',
  },
};

/** Where a lobbying action stands. */
export const LOBBYING_ACTION_STATUS_WORDS: Words<LobbyingActionStatus> = {
  en: { planned: 'Planned', done: 'Done', awaiting_response: 'Awaiting response', closed: 'Closed' },
  es: { planned: 'Prevista', done: 'Realizada', awaiting_response: 'Esperando respuesta', closed: 'Cerrada' },
  fr: { planned: 'Prévue', done: 'Réalisée', awaiting_response: 'En attente de réponse', closed: 'Close' },
};
