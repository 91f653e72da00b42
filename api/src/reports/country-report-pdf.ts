import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { WordLanguage } from '../common/words.contract.js';
import { GOVERNMENT_POSITION_WORDS, OP_STATUS_WORDS, REGION_WORDS, SUBREGION_WORDS, TRACKED_COUNTRY_FIELD_WORDS } from '../countries/country-words.contract.js';
import { EVENT_STATUS_WORDS, EVENT_TYPE_WORDS } from '../events/event-words.contract.js';
import { LOBBYING_ACTION_STATUS_WORDS, LOBBYING_ACTION_TYPE_WORDS } from '../lobbying-actions/lobbying-action-words.contract.js';
import { ORGANIZATION_TYPE_WORDS } from '../organizations/organization-words.contract.js';
import { RATIFICATION_STAGE_WORDS, RATIFICATION_STEP_STATUS_WORDS } from '../ratification-steps/ratification-step-words.contract.js';
import { COUNTRY_REPORT_WORDS } from './country-report-words.js';
import type { CountryReportDto } from './dto/country-report-response.dto.js';

const resolveFont = (file: string): string => createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${file}`);

/** DejaVu covers Latin, Greek, Cyrillic, Arabic and Hebrew: names of organizations and events print as they were typed. */
const FONTS = { regular: resolveFont('DejaVuSans.ttf'), bold: resolveFont('DejaVuSans-Bold.ttf') };

/** The word for a value kept as text, or the value itself when the table has none (an own property only). */
function wordOf(words: Readonly<Record<string, string>>, value: string): string {
  return Object.hasOwn(words, value) ? (words[value] ?? value) : value;
}

/**
 * The country report as a PDF for steering meetings, laid out by pdfkit on
 * the server in the reader's language (en, es or fr): A4, the treaty facts first, then the period's activity, the
 * pipeline, the latest events, the status history and the members.
 */
export function renderCountryReportPdf(report: CountryReportDto, language: WordLanguage): Promise<Buffer> {
  const w = COUNTRY_REPORT_WORDS[language];
  const { country } = report;
  const countryName = (language === 'es' ? country.nameEs : language === 'fr' ? country.nameFr : null) ?? country.name;
  const doc = new PDFDocument({ size: 'A4', margin: 50, lang: language, info: { Title: w.title(countryName), Author: 'Coalition CRM' } });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const yesNo = (value: boolean | null): string => (value === null ? w.unknown : value ? w.yes : w.no);
  const day = (value: string | null): string => (value ? value.slice(0, 10) : '—');
  /** A value as the status history keeps it (text), in the report's language. */
  const historyValue = (field: string, value: string | null): string => {
    if (value === null) return w.unknown;
    if (field === 'opStatus') return wordOf(OP_STATUS_WORDS[language], value);
    if (field === 'governmentPosition') return wordOf(GOVERNMENT_POSITION_WORDS[language], value);
    if (field === 'art10Declaration' || field === 'art11Declaration') return yesNo(value === 'true');
    return value;
  };
  const heading = (text: string): void => {
    doc.moveDown(0.8).font('bold').fontSize(13).fillColor('#1a4a7a').text(text).moveDown(0.3).font('regular').fontSize(10).fillColor('#1c2733');
  };
  const fact = (label: string, value: string): void => {
    doc.font('bold').text(`${label}: `, { continued: true }).font('regular').text(value);
  };
  const line = (text: string): void => {
    doc.text(text, { indent: 10 });
  };
  const none = (text: string): void => {
    doc.fillColor('#5a6672').text(text, { indent: 10 }).fillColor('#1c2733');
  };

  doc.font('bold').fontSize(20).fillColor('#1a4a7a').text(w.title(countryName));
  doc
    .font('regular')
    .fontSize(9)
    .fillColor('#5a6672')
    .text(
      [
        country.iso3,
        `${wordOf(REGION_WORDS[language], country.region)} / ${wordOf(SUBREGION_WORDS[language], country.subregion)}`,
        w.period(report.period.from, report.period.to),
        w.generated(report.generatedAt.slice(0, 16).replace('T', ' ')),
      ].join(' · '),
    );

  heading(w.treatyStatus);
  fact(w.opStatus, OP_STATUS_WORDS[language][country.opStatus]);
  fact(w.signed, day(country.opSignedAt));
  fact(w.ratified, day(country.opRatifiedAt));
  fact(w.icescrParty, yesNo(country.icescrParty));
  fact(w.governmentPosition, GOVERNMENT_POSITION_WORDS[language][country.governmentPosition]);
  fact(w.declarations, `${yesNo(country.art10Declaration)} / ${yesNo(country.art11Declaration)}`);
  fact(w.nextUpr, day(country.nextUprReviewAt));
  fact(w.mechanisms, country.regionalMechanisms.length > 0 ? country.regionalMechanisms.join(', ') : '—');
  if (country.statusSource) fact(w.source, country.statusSource);

  heading(w.activity);
  fact(w.events, String(report.activity.events));
  if (report.countedActivity.includes('lobbyingActions')) fact(w.lobbyingActions, String(report.activity.lobbyingActions));
  if (report.countedActivity.includes('testimonies')) fact(w.testimonies, String(report.activity.testimonies));
  fact(w.last90Days, report.activeInLast90Days ? w.yes : w.noneRecent);

  heading(w.pipeline);
  if (report.steps.length === 0) none(w.noStep);
  for (const step of report.steps)
    line(
      `${RATIFICATION_STAGE_WORDS[language][step.stage]} — ${RATIFICATION_STEP_STATUS_WORDS[language][step.status]}${step.date ? `, ${step.date}` : ''}${step.note ? ` — ${step.note}` : ''}`,
    );

  heading(w.latestActions);
  if (report.actions.length === 0) none(w.noAction);
  for (const action of report.actions)
    line(
      `${action.occurredOn} · ${LOBBYING_ACTION_TYPE_WORDS[language][action.type]} · ${LOBBYING_ACTION_STATUS_WORDS[language][action.status]} — ${action.title}${action.followUpAt ? ` (${w.followUp(action.followUpAt)})` : ''}`,
    );

  heading(w.latestEvents);
  if (report.events.length === 0) none(w.noEvent);
  for (const event of report.events)
    line(`${day(event.startsAt)} · ${EVENT_TYPE_WORDS[language][event.type]} · ${EVENT_STATUS_WORDS[language][event.status]} — ${event.title}`);

  heading(w.history);
  if (report.history.length === 0) none(w.noChange);
  for (const change of report.history)
    line(
      `${day(change.at)} · ${wordOf(TRACKED_COUNTRY_FIELD_WORDS[language], change.field)}: ${historyValue(change.field, change.fromValue)} → ${historyValue(change.field, change.toValue)}${change.source ? ` (${w.sourceOf(change.source)})` : ''}`,
    );

  heading(w.members);
  if (report.members.length === 0) none(w.noMember);
  for (const member of report.members)
    line(
      `${member.name}${member.acronym ? ` (${member.acronym})` : ''} · ${wordOf(ORGANIZATION_TYPE_WORDS[language], member.type)}${member.headquartered ? ` · ${w.headquarters}` : ''}`,
    );

  doc.end();
  return done;
}
