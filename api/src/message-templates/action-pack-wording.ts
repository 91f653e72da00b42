import type { OpStatus } from '../countries/country.contract.js';
import type { MessageKind, MessageLanguage } from './message-template.contract.js';

/** How a pack says a country's treaty status, in the pack's language. */
export const OP_STATUS_WORDS: Readonly<Record<MessageLanguage, Readonly<Record<OpStatus, string>>>> = {
  en: { none: 'has not signed', signed: 'has signed but not ratified', ratified: 'has ratified', acceded: 'has acceded to' },
  es: { none: 'no ha firmado', signed: 'ha firmado pero no ratificado', ratified: 'ha ratificado', acceded: 'se ha adherido a' },
  fr: { none: "n'a pas signé", signed: 'a signé mais pas ratifié', ratified: 'a ratifié', acceded: 'a adhéré à' },
};

export const KIND_WORDS: Readonly<Record<MessageLanguage, Readonly<Record<MessageKind, string>>>> = {
  en: { letter: 'Letter', press_release: 'Press release', social_post: 'Social-media post', email: 'E-mail' },
  es: { letter: 'Carta', press_release: 'Comunicado de prensa', social_post: 'Mensaje para redes sociales', email: 'Correo electrónico' },
  fr: { letter: 'Lettre', press_release: 'Communiqué de presse', social_post: 'Message pour les réseaux sociaux', email: 'Courriel' },
};

/** The words of the .docx around the messages. */
export const DOCUMENT_WORDS: Readonly<
  Record<MessageLanguage, { title: string; subject: string; generated: string; tooLong: (count: number, limit: number) => string; noMessages: string }>
> = {
  en: {
    title: 'Action pack',
    subject: 'Subject',
    generated: 'Prepared on',
    tooLong: (count, limit) => `Too long for a social post: ${count} characters of ${limit}.`,
    noMessages: 'There are no message templates in this language yet.',
  },
  es: {
    title: 'Paquete de acción',
    subject: 'Asunto',
    generated: 'Preparado el',
    tooLong: (count, limit) => `Demasiado largo para redes sociales: ${count} caracteres de ${limit}.`,
    noMessages: 'Todavía no hay modelos de mensaje en este idioma.',
  },
  fr: {
    title: "Kit d'action",
    subject: 'Objet',
    generated: 'Préparé le',
    tooLong: (count, limit) => `Trop long pour un réseau social : ${count} caractères sur ${limit}.`,
    noMessages: "Il n'y a pas encore de modèle de message dans cette langue.",
  },
};

const LOCALES: Readonly<Record<MessageLanguage, string>> = { en: 'en-GB', es: 'es-ES', fr: 'fr-FR' };

/** A calendar date (YYYY-MM-DD) written out in the pack's language, e.g. "10 de diciembre de 2026". */
export function longDate(date: string, language: MessageLanguage): string {
  return new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** A list of names joined as the language joins them: "A, B and C". */
export function joinedNames(names: readonly string[], language: MessageLanguage): string {
  return new Intl.ListFormat(LOCALES[language], { style: 'long', type: 'conjunction' }).format(names);
}
