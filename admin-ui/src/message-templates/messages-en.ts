/** The message-templates resource's own strings in English (`resources.message-templates.*`): labels, choices and messages. Their shape is the contract Spanish and French fulfil. */
export const messageTemplatesEn = {
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
