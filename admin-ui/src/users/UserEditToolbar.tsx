import { DeleteButton, SaveButton, Toolbar } from 'react-admin';

/**
 * Pessimistic delete behind a confirmation dialog: the API may refuse
 * (e.g. the last admin), and the refusal must reach the user as a message
 * rather than after an undo delay.
 */
export const UserEditToolbar = () => (
  <Toolbar sx={{ display: 'flex', justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteButton mutationMode="pessimistic" />
  </Toolbar>
);
