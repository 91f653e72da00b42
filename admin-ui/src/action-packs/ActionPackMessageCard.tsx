import { Alert, Box, Button, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { useNotify, useTranslate } from 'react-admin';
import type { ActionPackMessage } from './action-pack';

const P = 'resources.action-packs';

/** One filled-in message: its text as it will be sent, a copy button, and what to check before sending. */
export const ActionPackMessageCard = ({ message }: { message: ActionPackMessage }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const text = message.subject ? `${message.subject}\n\n${message.body}` : message.body;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      notify(`${P}.copied`, { type: 'info' });
    } catch {
      notify(`${P}.copy_failed`, { type: 'warning' });
    }
  };
  const headingId = `pack-message-${message.templateId}`;
  return (
    <Card component="section" aria-labelledby={headingId} variant="outlined" data-testid="pack-message">
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1, mb: 1 }}>
          <Typography id={headingId} component="h2" variant="h6" sx={{ flexGrow: 1 }}>
            {message.name}
          </Typography>
          <Chip size="small" label={translate(`resources.message-templates.kind.${message.kind}`)} />
          <Button
            size="small"
            variant="outlined"
            startIcon={<ContentCopyIcon />}
            onClick={() => void copy()}
            aria-label={`${translate(`${P}.copy`)}: ${message.name}`}
          >
            {translate(`${P}.copy`)}
          </Button>
        </Stack>
        {message.overLimit && message.lengthLimit !== null ? (
          <Alert severity="warning" sx={{ mb: 1 }} data-testid="pack-too-long">
            {translate(`${P}.too_long`, { count: message.characterCount, limit: message.lengthLimit })}
          </Alert>
        ) : null}
        {message.missing.length > 0 ? (
          <Alert severity="info" sx={{ mb: 1 }}>
            {translate(`${P}.missing`, { names: message.missing.map((name) => `[${name}]`).join(', ') })}
          </Alert>
        ) : null}
        {message.subject ? (
          <Typography variant="body2" sx={{ mb: 1 }}>
            <strong>{translate(`${P}.subject`)}:</strong> {message.subject}
          </Typography>
        ) : null}
        <Box component="p" sx={{ whiteSpace: 'pre-wrap', m: 0, fontSize: '0.95rem', overflowWrap: 'anywhere' }} data-testid="pack-body">
          {message.body}
        </Box>
        {message.lengthLimit !== null ? (
          <Typography variant="caption" color={message.overLimit ? 'error' : 'text.secondary'} sx={{ display: 'block', mt: 1 }}>
            {translate(`${P}.characters`, { count: message.characterCount, limit: message.lengthLimit })}
          </Typography>
        ) : null}
      </CardContent>
    </Card>
  );
};
