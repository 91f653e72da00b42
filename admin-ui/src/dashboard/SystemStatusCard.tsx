import { Box, Button, Card, CardActions, CardContent, CircularProgress, List, ListItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import CloudOffIcon from '@mui/icons-material/CloudOff';
import RefreshIcon from '@mui/icons-material/Refresh';
import { useLocale, useTranslate } from 'react-admin';
import { useHealth, type HealthState } from './use-health';

const summaryKey = (health: HealthState): string => {
  switch (health.kind) {
    case 'loading':
      return 'app.status.loading';
    case 'unreachable':
      return 'app.status.unreachable';
    case 'loaded':
      return health.ok ? 'app.status.ok' : 'app.status.degraded';
  }
};

// Status is told by icon and words, never by colour alone.
const SummaryIcon = ({ health }: { health: HealthState }) => {
  if (health.kind === 'loading') return <CircularProgress size={20} aria-hidden="true" />;
  if (health.kind === 'unreachable') return <CloudOffIcon color="error" aria-hidden="true" />;
  return health.ok ? <CheckCircleIcon color="success" aria-hidden="true" /> : <ErrorIcon color="error" aria-hidden="true" />;
};

export const SystemStatusCard = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const { health, refresh } = useHealth();

  return (
    <Card component="section" aria-labelledby="system-status-title" data-testid="system-status">
      <CardContent>
        <Typography id="system-status-title" component="h2" variant="h6" gutterBottom>
          {translate('app.status.title')}
        </Typography>
        <Box role="status" aria-live="polite" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <SummaryIcon health={health} />
          <Typography variant="body1" data-testid="system-status-summary" data-status={health.kind === 'loaded' ? (health.ok ? 'ok' : 'error') : health.kind}>
            {translate(summaryKey(health))}
          </Typography>
        </Box>
        {health.kind === 'loaded' && health.components.length > 0 ? (
          <List dense disablePadding sx={{ mt: 1 }}>
            {health.components.map(({ name, up }) => (
              <ListItem key={name} disableGutters>
                <ListItemIcon sx={{ minWidth: 32 }}>
                  {up ? (
                    <CheckCircleIcon fontSize="small" color="success" aria-hidden="true" />
                  ) : (
                    <ErrorIcon fontSize="small" color="error" aria-hidden="true" />
                  )}
                </ListItemIcon>
                <ListItemText
                  primary={translate(`app.status.components.${name}`, { _: name })}
                  secondary={translate(up ? 'app.status.up' : 'app.status.down')}
                />
              </ListItem>
            ))}
          </List>
        ) : null}
        {health.kind !== 'loading' ? (
          <Typography variant="caption" color="text.secondary">
            {translate('app.status.checked_at', { time: health.checkedAt.toLocaleTimeString(locale) })}
          </Typography>
        ) : null}
      </CardContent>
      <CardActions>
        <Button size="small" startIcon={<RefreshIcon />} onClick={refresh} disabled={health.kind === 'loading'}>
          {translate('app.status.refresh')}
        </Button>
      </CardActions>
    </Card>
  );
};
