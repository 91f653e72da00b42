import type { ResourceCatalogs } from '../i18n/catalog-type';

/** The message templates' own strings (`resources.message-templates.*`). */
const en = {
  name: 'Message template |||| Message templates',
  fields: {
    q: 'Search',
    kind: 'Kind',
    language: 'Language',
    name: 'Name',
    subject: 'Subject',
    body: 'Text',
    position: 'Order in the pack',
    placeholders: 'Placeholders used',
    createdAt: 'Created',
    updatedAt: 'Last updated',
  },
  kind: { letter: 'Letter', press_release: 'Press release', social_post: 'Social-media post', email: 'E-mail' },
  language: { en: 'English', es: 'Spanish', fr: 'French' },
  placeholders: {
    title: 'Placeholders',
    intro: 'Write a placeholder in braces; each action pack fills it in for its country.',
    unknown: 'Unknown placeholder %{names}: use one of the list.',
  },
  message: { delete_content: 'The template will no longer appear in any action pack.' },
};

export const messageTemplatesMessages: ResourceCatalogs<typeof en> = {
  en,
  es: {
    name: 'Modelo de mensaje |||| Modelos de mensaje',
    fields: {
      q: 'Buscar',
      kind: 'Tipo',
      language: 'Idioma',
      name: 'Nombre',
      subject: 'Asunto',
      body: 'Texto',
      position: 'Orden en el paquete',
      placeholders: 'Marcadores usados',
      createdAt: 'Creado',
      updatedAt: 'Última actualización',
    },
    kind: { letter: 'Carta', press_release: 'Comunicado de prensa', social_post: 'Mensaje para redes sociales', email: 'Correo electrónico' },
    language: { en: 'Inglés', es: 'Español', fr: 'Francés' },
    placeholders: {
      title: 'Marcadores',
      intro: 'Escribe un marcador entre llaves; cada paquete de acción lo completa para su país.',
      unknown: 'Marcador desconocido %{names}: usa uno de la lista.',
    },
    message: { delete_content: 'El modelo dejará de aparecer en los paquetes de acción.' },
  },
  fr: {
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
  },
};
