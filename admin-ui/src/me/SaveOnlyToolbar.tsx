import { SaveButton, Toolbar } from 'react-admin';

/** Self-service forms save; there is nothing for a member to delete. */
export const SaveOnlyToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);
