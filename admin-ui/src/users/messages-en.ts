/** The users resource's own strings in English (`resources.users.*`): labels, choices and messages. Their shape is the contract Spanish and French fulfil. */
export const usersEn = {
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
  never: 'Never',
  locked_until: 'Locked until %{date}',
  not_locked: 'Not locked',
  no_person: 'No linked person',
};
