/** The people resource's own strings in English (`resources.people.*`): labels, choices and messages. Their shape is the contract Spanish and French fulfil. */
export const peopleEn = {
  name: 'Person |||| People',
  fields: {
    id: 'ID',
    q: 'Search',
    firstName: 'First name',
    lastName: 'Last name',
    email: 'E-mail',
    otherEmails: 'Other e-mail addresses',
    otherEmail: 'E-mail',
    phones: 'Phone numbers',
    phone: 'Phone',
    jobTitle: 'Job title',
    countryId: 'Country',
    organizations: 'Organizations',
    languages: 'Languages',
    consentAt: 'Consent given',
    consentSource: 'Consent given through',
    userId: 'Can sign in',
    createdAt: 'Created',
    updatedAt: 'Last updated',
  },
  filters: {
    organizationId: 'Members through organization',
    region: 'Region',
    language: 'Language',
    hasUser: 'Can sign in',
  },
  sections: {
    identity: 'Person',
    contact: 'Contact',
    consent: 'Consent',
  },
  helpers: {
    email: 'The main address; no two people share it',
    consentSource: 'For example: membership application, national event sign-up sheet',
  },
  tabs: {
    profile: 'Profile',
    affiliations: 'Organizations',
    activity: 'Activity',
    duplicates: 'Duplicates',
  },
  message: {
    delete_content: 'Delete %{recordRepresentation}? Their affiliations and notes are deleted too.',
  },
  no_consent: 'Not recorded',
};
