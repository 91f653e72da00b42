import type { MessageKind, MessageLanguage } from '../message-templates/message-template.contract.js';

export interface DemoMessageTemplate {
  kind: MessageKind;
  language: MessageLanguage;
  name: string;
  subject: string | null;
  body: string;
  position: number;
}

/** A starting set of the secretariat's templates, one letter, one post and one e-mail per language, for the demo. */
export const DEMO_MESSAGE_TEMPLATES: readonly DemoMessageTemplate[] = [
  {
    kind: 'letter',
    language: 'en',
    name: 'Letter to the Ministry of Foreign Affairs',
    subject: 'Ratification of the Optional Protocol to the ICESCR by {country}',
    body:
      '{ministryHolder}\n{ministry}\n\nWe write on behalf of the national members of the coalition, {focalPoints}.\n\n' +
      '{country} {opStatus} the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights. ' +
      '{partiesCount} states already give their people a way to bring violations of these rights before the UN Committee.\n\n' +
      'We would welcome a meeting to discuss the steps your ministry could take before {campaignDay}.\n\nYours sincerely,',
    position: 10,
  },
  {
    kind: 'social_post',
    language: 'en',
    name: 'Campaign day post',
    subject: null,
    body: '{partiesCount} states are party to the #OPICESCR. {countryHandle}, when will {country} join them? {mapUrl}',
    position: 20,
  },
  {
    kind: 'email',
    language: 'en',
    name: 'Follow-up e-mail after a meeting',
    subject: 'Thank you for meeting us on the Optional Protocol',
    body:
      'Dear {ministryHolder},\n\nThank you for your time. As agreed, we share the current status: {partiesCount} states are party to the Optional Protocol, and {country} {opStatus} it.\n\n' +
      'We remain at your disposal.',
    position: 30,
  },
  {
    kind: 'letter',
    language: 'es',
    name: 'Carta al Ministerio de Relaciones Exteriores',
    subject: 'Ratificación del Protocolo Facultativo del PIDESC por {country}',
    body:
      '{ministryHolder}\n{ministry}\n\nNos dirigimos a usted en nombre de las organizaciones miembro de la coalición en el país, {focalPoints}.\n\n' +
      '{country} {opStatus} el Protocolo Facultativo del Pacto Internacional de Derechos Económicos, Sociales y Culturales. ' +
      'Ya son {partiesCount} los Estados que ofrecen a su población una vía para llevar estas violaciones ante el Comité de la ONU.\n\n' +
      'Le solicitamos una reunión para conversar sobre los pasos que su ministerio podría dar antes del {campaignDay}.\n\nAtentamente,',
    position: 10,
  },
  {
    kind: 'social_post',
    language: 'es',
    name: 'Mensaje para la jornada de campaña',
    subject: null,
    body: 'Ya son {partiesCount} los Estados parte del #OPICESCR. {countryHandle}, ¿cuándo se suma {country}? {mapUrl}',
    position: 20,
  },
  {
    kind: 'email',
    language: 'es',
    name: 'Correo de seguimiento tras una reunión',
    subject: 'Gracias por recibirnos para hablar del Protocolo Facultativo',
    body:
      'Estimado/a {ministryHolder}:\n\nGracias por su tiempo. Como acordamos, le compartimos la situación actual: {partiesCount} Estados son parte del Protocolo Facultativo y {country} {opStatus}.\n\n' +
      'Quedamos a su disposición.',
    position: 30,
  },
  {
    kind: 'letter',
    language: 'fr',
    name: 'Lettre au ministère des Affaires étrangères',
    subject: 'Ratification du Protocole facultatif au PIDESC par {country}',
    body:
      '{ministryHolder}\n{ministry}\n\nNous vous écrivons au nom des organisations membres de la coalition dans le pays, {focalPoints}.\n\n' +
      '{country} {opStatus} le Protocole facultatif se rapportant au Pacte international relatif aux droits économiques, sociaux et culturels. ' +
      '{partiesCount} États offrent déjà à leur population une voie pour porter ces violations devant le Comité de l’ONU.\n\n' +
      'Nous souhaiterions vous rencontrer pour évoquer les démarches que votre ministère pourrait engager avant le {campaignDay}.\n\n' +
      'Veuillez agréer nos salutations distinguées,',
    position: 10,
  },
  {
    kind: 'social_post',
    language: 'fr',
    name: 'Message pour la journée de campagne',
    subject: null,
    body: '{partiesCount} États sont parties au #OPICESCR. {countryHandle}, quand {country} les rejoindra-t-il ? {mapUrl}',
    position: 20,
  },
  {
    kind: 'email',
    language: 'fr',
    name: 'Courriel de suivi après une rencontre',
    subject: 'Merci de nous avoir reçus au sujet du Protocole facultatif',
    body:
      'Madame, Monsieur {ministryHolder},\n\nMerci pour votre temps. Comme convenu, voici où en sont les choses : {partiesCount} États sont parties au Protocole facultatif et {country} {opStatus}.\n\n' +
      'Nous restons à votre disposition.',
    position: 30,
  },
];
