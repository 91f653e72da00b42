import type { Words } from '../common/words.contract.js';
import type { EventStatus, EventType } from './event.contract.js';

/** The kinds of event. */
export const EVENT_TYPE_WORDS: Words<EventType> = {
  en: {
    national_event: 'National event',
    intergovernmental_session: 'Intergovernmental session',
    campaign_day: 'Campaign day',
    webinar: 'Webinar',
    other: 'Other',
  },
  es: {
    national_event: 'Evento nacional',
    intergovernmental_session: 'Sesión intergubernamental',
    campaign_day: 'Día de campaña',
    webinar: 'Seminario web',
    other: 'Otro',
  },
  fr: {
    national_event: 'Événement national',
    intergovernmental_session: 'Session intergouvernementale',
    campaign_day: 'Journée de campagne',
    webinar: 'Webinaire',
    other: 'Autre',
  },
};

/** Where an event stands. */
export const EVENT_STATUS_WORDS: Words<EventStatus> = {
  en: { proposed: 'Proposed', planned: 'Planned', held: 'Held', cancelled: 'Cancelled' },
  es: { proposed: 'Propuesto', planned: 'Previsto', held: 'Realizado', cancelled: 'Cancelado' },
  fr: { proposed: 'Proposé', planned: 'Prévu', held: 'Tenu', cancelled: 'Annulé' },
};
