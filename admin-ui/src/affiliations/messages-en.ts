/** The affiliations resource's own strings in English (`resources.affiliations.*`): labels, choices and messages. Their shape is the contract Spanish and French fulfil. */
export const affiliationsEn = {
  name: 'Affiliation |||| Affiliations',
  fields: {
    personId: 'Person',
    organizationId: 'Organization',
    personName: 'Person',
    organizationName: 'Organization',
    role: 'Role',
    isPrimaryContact: 'Primary contact',
    since: 'Since',
    until: 'Until',
    createdAt: 'Created',
    updatedAt: 'Last updated',
  },
  helpers: {
    role: 'Position in the organization, e.g. campaign officer',
    isPrimaryContact: 'The person the secretariat writes to first',
    until: 'Leave empty while the person is still there',
  },
  validation: {
    until_before_since: 'The end must not be before the start',
  },
  actions: {
    add: 'Add',
    add_person: 'Add a person',
    add_organization: 'Add an organization',
    edit_title: '%{person} at %{organization}',
    remove: 'Remove',
  },
  messages: {
    delete_title: 'Remove this affiliation?',
    delete_content: '%{person} will no longer be linked to %{organization}. Both records stay; to keep the history, set an end date instead.',
  },
  notifications: {
    added: 'Affiliation added',
    updated: 'Affiliation updated',
  },
  primary: 'Primary',
  current_organization: 'Current people',
  past_organization: 'Former people',
  current_person: 'Current organizations',
  past_person: 'Former organizations',
  empty_current_organization: 'Nobody is affiliated with this organization at the moment.',
  empty_past_organization: 'No former affiliations.',
  empty_current_person: 'This person is not affiliated with any organization at the moment.',
  empty_past_person: 'No former affiliations.',
};
