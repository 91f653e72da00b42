import { useState } from 'react';
import { Alert, Box, Button, Typography } from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DownloadIcon from '@mui/icons-material/Download';
import { useGetIdentity, useTranslate } from 'react-admin';

/**
 * The recovery codes, shown once right after two-factor authentication is
 * turned on: to copy, download, or write down, before the user moves on.
 */
type RecoveryCodesPanelProps = {
  codes: readonly string[];
  onDone: () => void;
  /** The heading's level where the panel sits. */
  headingLevel: 'h2' | 'h3';
};

export const RecoveryCodesPanel = ({ codes, onDone, headingLevel }: RecoveryCodesPanelProps) => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const [copied, setCopied] = useState(false);
  const text = [translate('app.security.codes_file_heading', { email: typeof identity?.email === 'string' ? identity.email : '' }), '', ...codes, ''].join(
    '\n',
  );

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'coalition-crm-recovery-codes.txt';
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <Box component="section" aria-labelledby="recovery-codes-title" data-testid="recovery-codes">
      <Typography id="recovery-codes-title" component={headingLevel} variant="h6" gutterBottom>
        {translate('app.security.codes_title')}
      </Typography>
      <Alert severity="warning" sx={{ mb: 2 }}>
        {translate('app.security.codes_intro')}
      </Alert>
      <Box
        component="ol"
        aria-label={translate('app.security.codes_label')}
        sx={{
          fontFamily: 'monospace',
          fontSize: '1.05rem',
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' },
          gap: 1,
          p: 2,
          pl: 5,
          m: 0,
          mb: 2,
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
        }}
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mb: 2 }}>
        <Button variant="outlined" startIcon={<ContentCopyIcon />} onClick={copy}>
          {translate(copied ? 'app.security.copied' : 'app.security.copy_codes')}
        </Button>
        <Button variant="outlined" startIcon={<DownloadIcon />} onClick={download}>
          {translate('app.security.download_codes')}
        </Button>
      </Box>
      <Button variant="contained" onClick={onDone} data-testid="recovery-codes-done">
        {translate('app.security.codes_saved')}
      </Button>
    </Box>
  );
};
