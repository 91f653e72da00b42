import type { WordLanguage } from '../common/words.contract.js';

/** The country report PDF's own words; the values of enumerations come from the word tables of their contracts. */
export interface CountryReportWords {
  title: (country: string) => string;
  period: (from: string, to: string) => string;
  generated: (at: string) => string;
  treatyStatus: string;
  opStatus: string;
  signed: string;
  ratified: string;
  icescrParty: string;
  governmentPosition: string;
  declarations: string;
  nextUpr: string;
  mechanisms: string;
  source: string;
  activity: string;
  events: string;
  lobbyingActions: string;
  testimonies: string;
  last90Days: string;
  yes: string;
  no: string;
  unknown: string;
  noneRecent: string;
  pipeline: string;
  noStep: string;
  latestActions: string;
  noAction: string;
  followUp: (date: string) => string;
  latestEvents: string;
  noEvent: string;
  history: string;
  noChange: string;
  sourceOf: (source: string) => string;
  members: string;
  noMember: string;
  headquarters: string;
}

export const COUNTRY_REPORT_WORDS: Readonly<Record<WordLanguage, CountryReportWords>> = {
  en: {
    title: (country) => `Country report: ${country}`,
    period: (from, to) => `period ${from} to ${to}`,
    generated: (at) => `generated ${at} UTC`,
    treatyStatus: 'Treaty status',
    opStatus: 'OP-ICESCR status',
    signed: 'Signed',
    ratified: 'Ratified or acceded',
    icescrParty: 'Party to the Covenant (ICESCR)',
    governmentPosition: 'Government position',
    declarations: 'Declaration under article 10 / article 11',
    nextUpr: 'Next Universal Periodic Review',
    mechanisms: 'Regional mechanisms',
    source: 'Source',
    activity: 'Activity in the period',
    events: 'Events',
    lobbyingActions: 'Lobbying actions',
    testimonies: 'Testimonies received',
    last90Days: 'Activity in the last 90 days',
    yes: 'yes',
    no: 'no',
    unknown: 'unknown',
    noneRecent: 'none',
    pipeline: 'Ratification pipeline',
    noStep: 'No step recorded.',
    latestActions: 'Latest lobbying actions',
    noAction: 'No action recorded.',
    followUp: (date) => `follow-up ${date}`,
    latestEvents: 'Latest events',
    noEvent: 'No event recorded.',
    history: 'Status history',
    noChange: 'No change recorded.',
    sourceOf: (source) => `source: ${source}`,
    members: 'Member organizations',
    noMember: 'No active member organization.',
    headquarters: 'headquarters',
  },
  es: {
    title: (country) => `Informe de país: ${country}`,
    period: (from, to) => `período del ${from} al ${to}`,
    generated: (at) => `generado el ${at} UTC`,
    treatyStatus: 'Estado del tratado',
    opStatus: 'Estado del PF-PIDESC',
    signed: 'Firma',
    ratified: 'Ratificación o adhesión',
    icescrParty: 'Parte en el Pacto (PIDESC)',
    governmentPosition: 'Posición del gobierno',
    declarations: 'Declaración según el artículo 10 / el artículo 11',
    nextUpr: 'Próximo Examen Periódico Universal',
    mechanisms: 'Mecanismos regionales',
    source: 'Fuente',
    activity: 'Actividad en el período',
    events: 'Eventos',
    lobbyingActions: 'Acciones de incidencia',
    testimonies: 'Testimonios recibidos',
    last90Days: 'Actividad en los últimos 90 días',
    yes: 'sí',
    no: 'no',
    unknown: 'no se sabe',
    noneRecent: 'ninguna',
    pipeline: 'Proceso de ratificación',
    noStep: 'No hay ninguna etapa registrada.',
    latestActions: 'Últimas acciones de incidencia',
    noAction: 'No hay ninguna acción registrada.',
    followUp: (date) => `seguimiento el ${date}`,
    latestEvents: 'Últimos eventos',
    noEvent: 'No hay ningún evento registrado.',
    history: 'Historial del estado',
    noChange: 'No hay ningún cambio registrado.',
    sourceOf: (source) => `fuente: ${source}`,
    members: 'Organizaciones miembro',
    noMember: 'Ninguna organización miembro activa.',
    headquarters: 'sede',
  },
  fr: {
    title: (country) => `Rapport pays : ${country}`,
    period: (from, to) => `période du ${from} au ${to}`,
    generated: (at) => `produit le ${at} UTC`,
    treatyStatus: 'Statut du traité',
    opStatus: 'Statut du PF-PIDESC',
    signed: 'Signature',
    ratified: 'Ratification ou adhésion',
    icescrParty: 'Partie au Pacte (PIDESC)',
    governmentPosition: 'Position du gouvernement',
    declarations: "Déclaration au titre de l'article 10 / de l'article 11",
    nextUpr: 'Prochain Examen périodique universel',
    mechanisms: 'Mécanismes régionaux',
    source: 'Source',
    activity: 'Activité pendant la période',
    events: 'Événements',
    lobbyingActions: 'Actions de plaidoyer',
    testimonies: 'Témoignages reçus',
    last90Days: 'Activité au cours des 90 derniers jours',
    yes: 'oui',
    no: 'non',
    unknown: 'inconnu',
    noneRecent: 'aucune',
    pipeline: 'Processus de ratification',
    noStep: 'Aucune étape enregistrée.',
    latestActions: 'Dernières actions de plaidoyer',
    noAction: 'Aucune action enregistrée.',
    followUp: (date) => `suivi le ${date}`,
    latestEvents: 'Derniers événements',
    noEvent: 'Aucun événement enregistré.',
    history: 'Historique du statut',
    noChange: 'Aucun changement enregistré.',
    sourceOf: (source) => `source : ${source}`,
    members: 'Organisations membres',
    noMember: 'Aucune organisation membre active.',
    headquarters: 'siège',
  },
};
