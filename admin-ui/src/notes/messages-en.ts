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
};
