import { useState } from 'react';
import { Alert, Box, Button, CircularProgress, Typography } from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Form, TextInput, required, useDataProvider, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../data/data-provider';
import { RecoveryCodesPanel } from './RecoveryCodesPanel';
import type { TwoFactorSetup } from './security-records';
import { twoFactorErrorKey } from './two-factor-errors';

const codeValidators = [required()];

/** The base32 key in groups of four, as authenticator apps show it and as it is easier to type. */
const grouped = (secret: string): string => secret.replace(/(.{4})/g, '$1 ').trim();

type Step = { kind: 'start' } | { kind: 'scan'; setup: TwoFactorSetup } | { kind: 'codes'; codes: string[] };

/**
 * Setting up two-factor authentication: a QR code (and the key for typing by
 * hand), a first code to prove it works, then the recovery codes, once.
 * Calls onDone when the user has saved the codes, or onCancel to leave.
 */
type TwoFactorSetupFlowProps = {
  onDone: () => void;
  onCancel?: () => void;
  /** Off where the page's own heading already says what this is. */
  showHeading?: boolean;
  /** The level of this flow's headings on its page. */
  headingLevel?: 'h2' | 'h3';
};

export const TwoFactorSetupFlow = ({ onDone, onCancel, showHeading = true, headingLevel = 'h3' }: TwoFactorSetupFlowProps) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [step, setStep] = useState<Step>({ kind: 'start' });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState(false);

  const start = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const { data } = await dataProvider.startTwoFactorSetup();
      setCopied(false);
      setStep({ kind: 'scan', setup: data });
    } catch (error: unknown) {
      setProblem(twoFactorErrorKey(error, 'app.errors.server'));
    } finally {
      setBusy(false);
    }
  };

  const confirm = async (values: Record<string, unknown>) => {
    const code = typeof values.code === 'string' ? values.code.replace(/\s+/g, '') : '';
    setBusy(true);
    setProblem(null);
    try {
      const { data } = await dataProvider.enableTwoFactor(code);
      setStep({ kind: 'codes', codes: data.recoveryCodes });
    } catch (error: unknown) {
      const key = twoFactorErrorKey(error, 'app.security.wrong_code');
      setProblem(key);
      if (key === 'app.security.setup_expired') setStep({ kind: 'start' });
    } finally {
      setBusy(false);
    }
  };

  const problemAlert = problem ? (
    <Alert severity="error" role="alert" sx={{ mb: 2 }} data-testid="two-factor-setup-problem">
      {translate(problem)}
    </Alert>
  ) : null;

  if (step.kind === 'codes') return <RecoveryCodesPanel codes={step.codes} onDone={onDone} headingLevel={headingLevel} />;

  if (step.kind === 'start') {
    return (
      <Box>
        {problemAlert}
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
          <Button
            variant="contained"
            onClick={start}
            disabled={busy}
            startIcon={busy ? <CircularProgress size={18} color="inherit" /> : null}
            data-testid="two-factor-setup-start"
          >
            {translate('app.security.setup')}
          </Button>
          {onCancel ? <Button onClick={onCancel}>{translate('app.security.cancel')}</Button> : null}
        </Box>
      </Box>
    );
  }

  const { setup } = step;
  return (
    <Box component="section" aria-label={translate('app.security.setup')} data-testid="two-factor-setup">
      {showHeading ? (
        <Typography component={headingLevel} variant="h6" gutterBottom>
          {translate('app.security.setup')}
        </Typography>
      ) : null}
      <Typography variant="body1" sx={{ mb: 1 }}>
        {translate('app.security.step_scan')}
      </Typography>
      <Box
        component="img"
        src={setup.qrCodeDataUrl}
        alt={translate('app.security.qr_alt')}
        width={224}
        height={224}
        sx={{ display: 'block', width: 224, maxWidth: '100%', height: 'auto', border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: '#fff', mb: 1 }}
      />
      <Typography variant="body2" id="two-factor-key-label">
        {translate('app.security.manual_key')}
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1, mb: 3 }}>
        <Box
          component="code"
          aria-labelledby="two-factor-key-label"
          data-testid="two-factor-secret"
          sx={{ fontFamily: 'monospace', fontSize: '1.05rem', p: 1, bgcolor: 'action.hover', borderRadius: 1, overflowWrap: 'anywhere' }}
        >
          {grouped(setup.secret)}
        </Box>
        <Button
          size="small"
          startIcon={<ContentCopyIcon />}
          onClick={() => {
            navigator.clipboard.writeText(setup.secret).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {translate(copied ? 'app.security.copied' : 'app.security.copy_key')}
        </Button>
      </Box>
      <Typography variant="body1" sx={{ mb: 1 }}>
        {translate('app.security.step_confirm')}
      </Typography>
      {problemAlert}
      <Form onSubmit={confirm} noValidate>
        <Box sx={{ maxWidth: 300 }}>
          <TextInput
            source="code"
            label="app.two_factor.code"
            autoComplete="one-time-code"
            validate={codeValidators}
            helperText="app.two_factor.code_hint"
            slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 7, 'data-testid': 'two-factor-setup-code' } }}
          />
        </Box>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1 }}>
          <Button
            type="submit"
            variant="contained"
            disabled={busy}
            startIcon={busy ? <CircularProgress size={18} color="inherit" /> : null}
            data-testid="two-factor-setup-confirm"
          >
            {translate('app.security.confirm')}
          </Button>
          {onCancel ? <Button onClick={onCancel}>{translate('app.security.cancel')}</Button> : null}
        </Box>
      </Form>
    </Box>
  );
};
