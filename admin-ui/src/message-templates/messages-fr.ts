import type { CatalogShape } from '../i18n/catalog-type';
import type { messageTemplatesEn } from './messages-en';

/** The message-templates resource's own strings in French: exactly English's keys. */
export const messageTemplatesFr: CatalogShape<typeof messageTemplatesEn> = {
  name: 'Modèle de message |||| Modèles de message',
  fields: {
    q: 'Rechercher',
    kind: 'Type',
    language: 'Langue',
    name: 'Nom',
    subject: 'Objet',
    body: 'Texte',
    position: 'Ordre dans le kit',
    placeholders: 'Balises utilisées',
    createdAt: 'Créé',
    updatedAt: 'Dernière mise à jour',
  },
  kind: { letter: 'Lettre', press_release: 'Communiqué de presse', social_post: 'Message pour les réseaux sociaux', email: 'Courriel' },
  language: { en: 'Anglais', es: 'Espagnol', fr: 'Français' },
  placeholders: {
    title: 'Balises',
    intro: 'Écrivez une balise entre accolades ; chaque kit d’action la remplit pour son pays.',
    unknown: 'Balise inconnue %{names} : utilisez-en une de la liste.',
  },
  message: { delete_content: 'Le modèle n’apparaîtra plus dans aucun kit d’action.' },
};
