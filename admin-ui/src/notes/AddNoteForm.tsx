import { useId, useState, type FormEvent } from 'react';
import { Box, Button, TextField } from '@mui/material';
import AddCommentIcon from '@mui/icons-material/AddComment';
import { useCreate, useNotify, useTranslate } from 'react-admin';
import type { NoteTarget } from './note-record';
import type { NoteRecord } from './note-record';

const MAX_LENGTH = 20000;

type AddNoteFormProps = {
  targetType: NoteTarget;
  targetId: string;
};

/** A note on a record, for the secretariat and the steering committee; it appears at the top of the timeline. */
export const AddNoteForm = ({ targetType, targetId }: AddNoteFormProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [body, setBody] = useState('');
  const [create, { isPending }] = useCreate<NoteRecord>();
  const fieldId = useId();
  const trimmed = body.trim();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (trimmed === '') return;
    void create(
      'notes',
      { data: { targetType, targetId, body: trimmed } },
      {
        onSuccess: () => {
          setBody('');
          notify('resources.notes.added', { type: 'success' });
        },
        onError: (error: unknown) => {
          const message = error instanceof Error ? error.message : 'app.errors.server';
          notify(message, { type: 'error', messageArgs: { _: message } });
        },
      },
    );
  };

  return (
    <Box component="form" onSubmit={submit} data-testid="add-note-form" sx={{ display: 'grid', gap: 1, maxWidth: 720 }}>
      <TextField
        id={fieldId}
        label={translate('resources.notes.new_label')}
        placeholder={translate('resources.notes.placeholder')}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        multiline
        minRows={2}
        maxRows={10}
        slotProps={{ htmlInput: { maxLength: MAX_LENGTH, 'data-testid': 'note-body' } }}
      />
      <Box>
        <Button type="submit" variant="contained" size="small" startIcon={<AddCommentIcon />} disabled={trimmed === '' || isPending}>
          {translate('resources.notes.add')}
        </Button>
      </Box>
    </Box>
  );
};
