import { useState } from 'react';
import PhonelinkEraseIcon from '@mui/icons-material/PhonelinkErase';
import { Button, Confirm, useDataProvider, useNotify, useRecordContext } from 'react-admin';
import type { AppDataProvider } from '../data/data-provider';
import type { UserRecord } from '../users/user-record';

/** An admin's way out for a user who lost both their phone and their recovery codes. */
export const ResetTwoFactorButton = () => {
  const record = useRecordContext<UserRecord>();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!record) return null;

  const reset = async () => {
    setBusy(true);
    try {
      await dataProvider.resetTwoFactor(record.id);
      notify('app.security.reset_done', { type: 'success' });
      setOpen(false);
    } catch (error: unknown) {
      const message = error instanceof Error ? error.message : 'app.errors.server';
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button label="app.security.reset" onClick={() => setOpen(true)} data-testid="reset-two-factor">
        <PhonelinkEraseIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title="app.security.reset_title"
        titleTranslateOptions={{ email: record.email }}
        content="app.security.reset_content"
        confirm="app.security.reset"
        onConfirm={reset}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
