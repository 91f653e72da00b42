import type { MailMessage } from '../mail/mail-message.js';

/** The languages the public form is offered in; the applicant's e-mails follow it. */
export const APPLICATION_LOCALES = ['en', 'es', 'fr'] as const;
export type ApplicationLocale = (typeof APPLICATION_LOCALES)[number];

/** What the e-mails need to know of an application. */
export interface ApplicationMailFacts {
  contactEmail: string;
  contactFirstName: string;
  organizationName: string;
  locale: string;
}

interface Texts {
  receivedSubject: string;
  received: (facts: ApplicationMailFacts) => string[];
  approvedSubject: string;
  approved: (facts: ApplicationMailFacts, invited: boolean) => string[];
  rejectedSubject: string;
  rejected: (facts: ApplicationMailFacts, reason: string) => string[];
}

const TEXTS: Record<ApplicationLocale, Texts> = {
  en: {
    receivedSubject: 'We received your membership application',
    received: (f) => [
      `Hello ${f.contactFirstName},`,
      '',
      `Thank you for applying to join the coalition for the OP-ICESCR on behalf of ${f.organizationName}.`,
      'The campaign coordinator will review your application and write to you with the decision.',
      '',
      'If you did not send this application, you can ignore this e-mail.',
    ],
    approvedSubject: 'Welcome to the coalition for the OP-ICESCR',
    approved: (f, invited) => [
      `Hello ${f.contactFirstName},`,
      '',
      `The membership application of ${f.organizationName} has been approved: welcome to the coalition!`,
      invited
        ? 'You will receive a separate e-mail with a link to choose the password of your member account.'
        : 'You can log in to the member area with your existing account.',
    ],
    rejectedSubject: 'Your membership application',
    rejected: (f, reason) => [
      `Hello ${f.contactFirstName},`,
      '',
      `Thank you for the interest of ${f.organizationName} in the coalition for the OP-ICESCR.`,
      'After review, the coordination could not approve the application, for this reason:',
      '',
      reason,
      '',
      'You are welcome to apply again when the situation changes.',
    ],
  },
  es: {
    receivedSubject: 'Hemos recibido su solicitud de membresía',
    received: (f) => [
      `Hola ${f.contactFirstName}:`,
      '',
      `Gracias por solicitar la adhesión de ${f.organizationName} a la coalición por el PF-PIDESC.`,
      'La coordinación de la campaña revisará su solicitud y le comunicará la decisión por correo.',
      '',
      'Si usted no envió esta solicitud, puede ignorar este mensaje.',
    ],
    approvedSubject: 'Les damos la bienvenida a la coalición por el PF-PIDESC',
    approved: (f, invited) => [
      `Hola ${f.contactFirstName}:`,
      '',
      `La solicitud de membresía de ${f.organizationName} ha sido aprobada: ¡les damos la bienvenida a la coalición!`,
      invited
        ? 'Recibirá otro correo con un enlace para elegir la contraseña de su cuenta de miembro.'
        : 'Puede entrar en el área de miembros con su cuenta existente.',
    ],
    rejectedSubject: 'Su solicitud de membresía',
    rejected: (f, reason) => [
      `Hola ${f.contactFirstName}:`,
      '',
      `Gracias por el interés de ${f.organizationName} en la coalición por el PF-PIDESC.`,
      'Tras revisarla, la coordinación no pudo aprobar la solicitud por el siguiente motivo:',
      '',
      reason,
      '',
      'Puede volver a presentar una solicitud cuando la situación cambie.',
    ],
  },
  fr: {
    receivedSubject: "Nous avons bien reçu votre demande d'adhésion",
    received: (f) => [
      `Bonjour ${f.contactFirstName},`,
      '',
      `Merci d'avoir demandé l'adhésion de ${f.organizationName} à la coalition pour le PF-PIDESC.`,
      'La coordination de la campagne examinera votre demande et vous écrira pour vous informer de sa décision.',
      '',
      "Si vous n'avez pas envoyé cette demande, vous pouvez ignorer ce message.",
    ],
    approvedSubject: 'Bienvenue dans la coalition pour le PF-PIDESC',
    approved: (f, invited) => [
      `Bonjour ${f.contactFirstName},`,
      '',
      `La demande d'adhésion de ${f.organizationName} a été approuvée : bienvenue dans la coalition !`,
      invited
        ? 'Vous recevrez un autre message avec un lien pour choisir le mot de passe de votre compte de membre.'
        : "Vous pouvez vous connecter à l'espace membres avec votre compte existant.",
    ],
    rejectedSubject: "Votre demande d'adhésion",
    rejected: (f, reason) => [
      `Bonjour ${f.contactFirstName},`,
      '',
      `Merci de l'intérêt de ${f.organizationName} pour la coalition pour le PF-PIDESC.`,
      "Après examen, la coordination n'a pas pu approuver la demande, pour la raison suivante :",
      '',
      reason,
      '',
      'Vous pourrez présenter une nouvelle demande si la situation évolue.',
    ],
  },
};

const textsFor = (locale: string): Texts => TEXTS[(APPLICATION_LOCALES as readonly string[]).includes(locale) ? (locale as ApplicationLocale) : 'en'];

/**
 * The e-mails an applicant receives, in the language they used on the form.
 * Kept beside the feature (not in mail-templates.ts) so that translators of
 * the public form find every text of it in one file.
 */
export const applicationMails = {
  received(facts: ApplicationMailFacts): MailMessage {
    const texts = textsFor(facts.locale);
    return { to: facts.contactEmail, purpose: 'application-received', subject: texts.receivedSubject, text: texts.received(facts).join('\n') };
  },

  approved(facts: ApplicationMailFacts, invited: boolean): MailMessage {
    const texts = textsFor(facts.locale);
    return { to: facts.contactEmail, purpose: 'application-approved', subject: texts.approvedSubject, text: texts.approved(facts, invited).join('\n') };
  },

  rejected(facts: ApplicationMailFacts, reason: string): MailMessage {
    const texts = textsFor(facts.locale);
    return { to: facts.contactEmail, purpose: 'application-rejected', subject: texts.rejectedSubject, text: texts.rejected(facts, reason).join('\n') };
  },
};
