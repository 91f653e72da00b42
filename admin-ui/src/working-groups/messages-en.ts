/** The working-groups resource's own strings in English (`resources.working-groups.*`): labels, choices and messages. Their shape is the contract Spanish and French fulfil. */
export const workingGroupsEn = {
  name: 'Working group |||| Working groups',
  fields: {
    q: 'Search',
    name: 'Name',
    description: 'Description',
    organizations: 'Members',
    createdAt: 'Created',
    updatedAt: 'Last updated',
  },
  messages: {
    organizations_count: 'One organization |||| %{smart_count} organizations',
  },
  message: {
    delete_content: 'Delete the working group %{recordRepresentation}? Its organizations stay; they just leave the group.',
  },
};
