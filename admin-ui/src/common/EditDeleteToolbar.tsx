import { DeleteButton, SaveButton, Toolbar } from 'react-admin';

/**
 * Save, and a pessimistic delete behind a confirmation dialog (its text is
 * `resources.<resource>.message.delete_content`, which says what goes with
 * the record): the API may refuse, and the refusal must reach the user as a
 * message rather than after an undo delay. DeleteButton hides itself from
 * those canAccess does not allow to delete.
 */
export const EditDeleteToolbar = () => (
  <Toolbar sx={{ display: 'flex', justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteButton mutationMode="pessimistic" />
  </Toolbar>
);
