import { useId, useState, type FormEvent } from 'react';
import { Alert, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import BlockIcon from '@mui/icons-material/Block';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../data/data-provider';
import { REJECTION_REASON_LIMITS } from '@contract/membership-applications/membership-application.contract';
import type { MembershipApplicationRecord } from './membership-application-record';

/** Rejects with a reason, which the API sends to the applicant in the decision e-mail. */
export const RejectButton = ({ record }: { record: MembershipApplicationRecord }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const trimmed = reason.trim();
  const tooShort = trimmed.length < REJECTION_REASON_LIMITS.min;
  const showInvalid = touched && tooShort;

  const close = () => {
    if (sending) return;
    setOpen(false);
    setError(null);
    setTouched(false);
  };

  const reject = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (tooShort) return;
    setSending(true);
    setError(null);
    try {
      await dataProvider.rejectApplication(record.id, trimmed);
      setOpen(false);
      setReason('');
      notify('resources.membership-applications.reject.done', { type: 'info' });
      refresh();
    } catch (failure: unknown) {
      setError(failure instanceof Error ? failure.message : 'app.errors.server');
    } finally {
      setSending(false);
    }
  };

  return (
    <>
      <Button variant="outlined" color="error" startIcon={<BlockIcon />} onClick={() => setOpen(true)} data-testid="reject-button">
        {translate('resources.membership-applications.reject.button')}
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby={titleId} maxWidth="sm" fullWidth>
        <form onSubmit={(event) => void reject(event)} noValidate>
          <DialogTitle id={titleId}>{translate('resources.membership-applications.reject.title', { name: record.organizationName })}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{translate('resources.membership-applications.reject.intro')}</DialogContentText>
            <TextField
              autoFocus
              required
              fullWidth
              multiline
              minRows={4}
              label={translate('resources.membership-applications.reject.reason')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              onBlur={() => setTouched(true)}
              error={showInvalid}
              helperText={
                showInvalid
                  ? translate('resources.membership-applications.reject.reason_too_short', { min: REJECTION_REASON_LIMITS.min })
                  : translate('resources.membership-applications.reject.reason_help', { count: reason.length, max: REJECTION_REASON_LIMITS.max })
              }
              slotProps={{ htmlInput: { maxLength: REJECTION_REASON_LIMITS.max, 'data-testid': 'reject-reason' } }}
            />
            {error ? (
              <Alert severity="error" role="alert" sx={{ mt: 2 }}>
                {translate(error, { _: error })}
              </Alert>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button onClick={close} disabled={sending}>
              {translate('ra.action.cancel')}
            </Button>
            <Button
              type="submit"
              variant="contained"
              color="error"
              disabled={sending}
              startIcon={sending ? <CircularProgress size={18} color="inherit" /> : <BlockIcon />}
              data-testid="reject-confirm"
            >
              {translate('resources.membership-applications.reject.confirm')}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};
