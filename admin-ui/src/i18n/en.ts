/**
 * English catalog of the application's own strings (app.*) and resource
 * labels (resources.<resource>.*). React-Admin's ra.* strings come from
 * ra-language-english and are merged in i18n-provider.ts.
 * The shape of this object is the contract es.ts and fr.ts must fulfil.
 */
export const en = {
  app: {
    title: 'Coalition CRM',
    tagline: 'Coalition for the Optional Protocol to the ICESCR',
    login: {
      email: 'E-mail',
      password: 'Password',
      heading: 'Sign in',
    },
    auth: {
      invalid_credentials: 'Wrong e-mail or password.',
      throttled: 'Too many sign-in attempts. Please wait a minute and try again.',
      network_error: 'The server cannot be reached. Please check your connection and try again.',
      server_error: 'The server could not sign you in. Please try again later.',
      unexpected_response: 'The server sent an unexpected answer. Please try again later.',
      session_expired: 'Your session has ended. Please sign in again.',
    },
    errors: {
      forbidden: 'You are not allowed to do this.',
      not_found: 'This record does not exist or no longer exists.',
      throttled: 'Too many requests. Please wait a moment and try again.',
      server: 'The server ran into a problem. Please try again later.',
      network: 'The server cannot be reached. Please check your connection and try again.',
    },
    locale: {
      label: 'Language',
      change: 'Change language (current: %{name})',
    },
    roles: {
      admin: 'Administrator',
      coordinator: 'Coordinator',
      steering: 'Steering committee',
      member: 'Member',
    },
    user_menu: {
      signed_in_as: 'Signed in as %{role}',
    },
    dashboard: {
      welcome: 'Welcome, %{email}',
      role: 'You are signed in as: %{role}.',
      intro:
        'Coalition CRM keeps the coalition’s member organizations, contacts and campaign work for the ratification of the OP-ICESCR in one place.',
      latest_changes: 'Latest changes',
      no_changes: 'No changes have been recorded yet.',
      changes_error: 'The latest changes could not be loaded.',
      all_changes: 'See all changes',
    },
    status: {
      title: 'System status',
      loading: 'Checking the services…',
      ok: 'All services are working.',
      degraded: 'Some services are not working.',
      unreachable: 'The server cannot be reached.',
      checked_at: 'Checked at %{time}',
      refresh: 'Check again',
      up: 'Working',
      down: 'Not working',
      components: {
        database: 'Database',
        redis: 'Job queue (Redis)',
      },
    },
    empty: {
      title: 'No %{name} yet',
      can_create: 'Add the first one with the button below.',
      read_only: 'Nothing has been recorded here yet.',
    },
    users: {
      never: 'Never',
      locked_until: 'Locked until %{date}',
      not_locked: 'Not locked',
      no_person: 'No linked person',
    },
    audit: {
      actions: {
        create: 'Created',
        update: 'Updated',
        delete: 'Deleted',
      },
      system: 'System',
      changes: {
        field: 'Field',
        before: 'Before',
        after: 'After',
        empty: 'No field changes recorded.',
        caption: 'Changed fields',
      },
      summary: '%{action} %{entityType}',
    },
  },
  resources: {
    // Names only, until these resources get their pages; audit entries already mention them.
    organizations: { name: 'Organization |||| Organizations' },
    people: { name: 'Person |||| People' },
    affiliations: { name: 'Affiliation |||| Affiliations' },
    'membership-applications': { name: 'Membership application |||| Membership applications' },
    notes: { name: 'Note |||| Notes' },
    imports: { name: 'Import |||| Imports' },
    countries: { name: 'Country |||| Countries' },
    users: {
      name: 'User |||| Users',
      fields: {
        id: 'ID',
        q: 'Search',
        email: 'E-mail',
        role: 'Role',
        isActive: 'Active',
        lockedUntil: 'Locked until',
        lastLoginAt: 'Last sign-in',
        personId: 'Linked person',
        password: 'Password',
        createdAt: 'Created',
        updatedAt: 'Updated',
      },
      helpers: {
        password: 'Leave empty to send an invitation e-mail',
      },
    },
    'audit-entries': {
      name: 'Audit entry |||| Audit entries',
      fields: {
        id: 'ID',
        createdAt: 'Date',
        userEmail: 'User',
        userId: 'User',
        action: 'Action',
        entityType: 'Record type',
        entityId: 'Record ID',
        changes: 'Changes',
      },
    },
  },
};

export type AppCatalog = typeof en;
