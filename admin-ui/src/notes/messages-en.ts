/** The notes resource's own strings in English (`resources.notes.*`): labels, choices and messages. Their shape is the contract Spanish and French fulfil. */
export const notesEn = {
  name: 'Note |||| Notes',
  new_label: 'New note',
  placeholder: 'What happened, what was agreed, what comes next…',
  add: 'Add note',
  added: 'Note added',
  delete: 'Delete note',
  delete_title: 'Delete this note?',
  delete_content: 'The note will be removed from the timeline for everyone.',
  deleted: 'Note deleted',
  fields: {
    body: 'Text',
    authorId: 'Author',
    authorEmail: 'Author’s e-mail',
    targetId: 'About',
    targetType: 'Kind of record',
  },
  target_types: {
    authority: 'Authority',
    country: 'Country',
    event: 'Event',
    lobbying_action: 'Lobbying action',
    membership_application: 'Membership application',
    organization: 'Organization',
    person: 'Person',
  },
};
