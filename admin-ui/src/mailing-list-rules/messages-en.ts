/** The mailing-list-rules resource's own strings in English (`resources.mailing-list-rules.*`): labels, choices and messages. Their shape is the contract Spanish and French fulfil. */
export const mailingListRulesEn = {
  name: 'Subscription rule |||| Subscription rules',
  fields: {
    mailingListId: 'Mailing list',
    audience: 'Who joins',
    language: 'Organizations working in',
    active: 'Active',
    createdAt: 'Created',
    updatedAt: 'Last updated',
  },
  audience: {
    primary_contacts: 'The primary contact of every active member organization',
    all_contacts: 'Every current contact of active member organizations',
  },
  messages: {
    any_language: 'Any language',
    explain:
      'Rules apply at once and again whenever membership, affiliations, languages or consent change. Only people with consent and an e-mail address join; someone who left a list is never put back by a rule.',
  },
  message: {
    delete_content: 'Delete this rule? The people it subscribed leave the list unless another rule covers them.',
  },
};
