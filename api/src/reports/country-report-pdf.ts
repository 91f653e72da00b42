import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { CountryReportDto } from './dto/country-report-response.dto.js';

const resolveFont = (file: string): string => createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${file}`);

/** DejaVu covers Latin, Greek, Cyrillic, Arabic and Hebrew: names of organizations and events print as they were typed. */
const FONTS = { regular: resolveFont('DejaVuSans.ttf'), bold: resolveFont('DejaVuSans-Bold.ttf') };

const STATUS_LABELS: Record<string, string> = { none: 'Not signed', signed: 'Signed', ratified: 'Ratified', acceded: 'Acceded' };
const yesNo = (value: boolean | null): string => (value === null ? 'unknown' : value ? 'yes' : 'no');
const day = (value: string | null): string => (value ? value.slice(0, 10) : '—');
const words = (value: string): string => value.replace(/_/g, ' ');

/**
 * The country report as a PDF for steering meetings, laid out by pdfkit on
 * the server: A4, the treaty facts first, then the period's activity, the
 * pipeline, the latest events, the status history and the members.
 */
export function renderCountryReportPdf(report: CountryReportDto): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `Country report: ${report.country.name}`, Author: 'Coalition CRM' } });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const { country } = report;
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

  doc.font('bold').fontSize(20).fillColor('#1a4a7a').text(`Country report: ${country.name}`);
  doc
    .font('regular')
    .fontSize(9)
    .fillColor('#5a6672')
    .text(
      `${country.iso3} · ${country.region} / ${country.subregion} · period ${report.period.from} to ${report.period.to} · generated ${report.generatedAt.slice(0, 16).replace('T', ' ')} UTC`,
    );

  heading('Treaty status');
  fact('OP-ICESCR status', STATUS_LABELS[country.opStatus] ?? country.opStatus);
  fact('Signed', day(country.opSignedAt));
  fact('Ratified or acceded', day(country.opRatifiedAt));
  fact('Party to the Covenant (ICESCR)', yesNo(country.icescrParty));
  fact('Government position', words(country.governmentPosition));
  fact('Declaration under article 10 / article 11', `${yesNo(country.art10Declaration)} / ${yesNo(country.art11Declaration)}`);
  fact('Next Universal Periodic Review', day(country.nextUprReviewAt));
  fact('Regional mechanisms', country.regionalMechanisms.length > 0 ? country.regionalMechanisms.join(', ') : '—');
  if (country.statusSource) fact('Source', country.statusSource);

  heading('Activity in the period');
  fact('Events', String(report.activity.events));
  if (report.countedActivity.includes('lobbyingActions')) fact('Lobbying actions', String(report.activity.lobbyingActions));
  if (report.countedActivity.includes('testimonies')) fact('Testimonies received', String(report.activity.testimonies));
  fact('Activity in the last 90 days', report.activeInLast90Days ? 'yes' : 'none');

  heading('Ratification pipeline');
  if (report.steps.length === 0) none('No step recorded.');
  for (const step of report.steps) line(`${words(step.stage)} — ${step.status}${step.date ? `, ${step.date}` : ''}${step.note ? ` — ${step.note}` : ''}`);

  heading('Latest lobbying actions');
  if (report.actions.length === 0) none('No action recorded.');
  for (const action of report.actions)
    line(
      `${action.occurredOn} · ${words(action.type)} · ${words(action.status)} — ${action.title}${action.followUpAt ? ` (follow-up ${action.followUpAt})` : ''}`,
    );

  heading('Latest events');
  if (report.events.length === 0) none('No event recorded.');
  for (const event of report.events) line(`${day(event.startsAt)} · ${words(event.type)} · ${event.status} — ${event.title}`);

  heading('Status history');
  if (report.history.length === 0) none('No change recorded.');
  for (const change of report.history)
    line(`${day(change.at)} · ${change.field}: ${change.fromValue ?? '—'} → ${change.toValue ?? '—'}${change.source ? ` (source: ${change.source})` : ''}`);

  heading('Member organizations');
  if (report.members.length === 0) none('No active member organization.');
  for (const member of report.members)
    line(`${member.name}${member.acronym ? ` (${member.acronym})` : ''} · ${member.type}${member.headquartered ? ' · headquarters' : ''}`);

  doc.end();
  return done;
}
