import { useState } from 'react';
import { IconButton, Tooltip } from '@mui/material';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { Confirm, useDelete, useNotify, useTranslate } from 'react-admin';
import type { NoteRecord } from './note-record';

/** Deletes a note after a confirmation; the API allows it to its author, coordinators and admins. */
export const DeleteNoteButton = ({ note }: { note: NoteRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  // Pessimistic: the API may refuse (not the author), and the note must then stay.
  const [deleteOne, { isPending }] = useDelete<NoteRecord>(undefined, undefined, { mutationMode: 'pessimistic' });

  const confirm = () => {
    void deleteOne(
      'notes',
      { id: note.id, previousData: note },
      {
        onSuccess: () => {
          setOpen(false);
          notify('resources.notes.deleted', { type: 'info' });
        },
        onError: (error: unknown) => {
          setOpen(false);
          const message = error instanceof Error ? error.message : 'app.errors.server';
          notify(message, { type: 'error', messageArgs: { _: message } });
        },
      },
    );
  };

  return (
    <>
      <Tooltip title={translate('resources.notes.delete')}>
        <IconButton size="small" aria-label={translate('resources.notes.delete')} onClick={() => setOpen(true)}>
          <DeleteIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Confirm
        isOpen={open}
        loading={isPending}
        title="resources.notes.delete_title"
        content="resources.notes.delete_content"
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
