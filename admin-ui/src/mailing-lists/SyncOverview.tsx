import { Alert, Box, Button, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import SyncIcon from '@mui/icons-material/Sync';
import { useEffect, useState } from 'react';
import { useDataProvider, useNotify, usePermissions, useTranslate } from 'react-admin';
import { useCanAccessResource } from '../auth/use-can-access';
import { useProviderQuery } from '../common/use-provider-query';
import type { AppDataProvider } from '../data/data-provider';
import type { ReconcileRun } from '../data/mailing-methods';

const T = 'resources.mailing-lists';

const describeChanges = (run: ReconcileRun, translate: (key: string) => string): string => {
  const entries = Object.entries(run.changes).filter(([, count]) => count > 0);
  return entries.length === 0 ? translate(`${T}.reconcile.nothing`) : entries.map(([kind, count]) => `${kind}: ${count}`).join(', ');
};

/** The reconcile run in progress (or the last one), polled while it runs, with its progress bar. */
const ReconcileProgress = ({ run }: { run: ReconcileRun }) => {
  const translate = useTranslate();
  if (run.status === 'failed') return <Alert severity="error">{translate(`${T}.reconcile.failed`, { error: run.error ?? '' })}</Alert>;
  if (run.status === 'done') return <Alert severity="success">{translate(`${T}.reconcile.done`, { changes: describeChanges(run, translate) })}</Alert>;
  const label =
    run.status === 'queued' ? translate(`${T}.reconcile.queued`) : translate(`${T}.reconcile.progress`, { processed: run.processed, total: run.total ?? '?' });
  return (
    <Box role="status" aria-live="polite">
      <Typography variant="body2" id="reconcile-progress-label">
        {label}
      </Typography>
      <LinearProgress
        variant={run.status === 'queued' || !run.total ? 'indeterminate' : 'determinate'}
        value={run.percent}
        aria-labelledby="reconcile-progress-label"
        sx={{ mt: 1, height: 8, borderRadius: 4 }}
        data-testid="reconcile-progress"
      />
    </Box>
  );
};

/**
 * Above the lists: whether the sync is configured, the outbox's backlog and
 * failures (retryable), the reconcile buttons and the running reconcile's
 * progress, and, for administrators, the queues dashboard.
 */
export const SyncOverview = () => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const { permissions } = usePermissions<string>();
  const canRun = useCanAccessResource('mailing-lists', 'edit');
  const [runId, setRunId] = useState<string | null>(null);
  const [run, setRun] = useState<ReconcileRun | null>(null);
  const status = useProviderQuery('mailing-status', (provider) => provider.mailingStatus());
  const { refetch } = status;
  useEffect(() => {
    const timer = setInterval(refetch, 10_000);
    return () => clearInterval(timer);
  }, [refetch]);
  const last = status.data?.lastReconcile;
  const followedId = runId ?? (last && (last.status === 'queued' || last.status === 'running') ? last.id : null);
  // The followed run is polled every second until it is done or failed.
  useEffect(() => {
    if (!followedId) return undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async (): Promise<void> => {
      try {
        const { data } = await dataProvider.reconcileRun(followedId);
        if (stopped) return;
        setRun(data);
        if (data.status === 'done' || data.status === 'failed') refetch();
        else timer = setTimeout(() => void poll(), 1000);
      } catch {
        if (!stopped) timer = setTimeout(() => void poll(), 3000);
      }
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [followedId, dataProvider, refetch]);

  const start = async (mode: ReconcileRun['mode']) => {
    try {
      const { data } = await dataProvider.startReconcile(mode);
      setRunId(data.id);
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    }
  };
  const retry = async () => {
    try {
      const { data } = await dataProvider.retryFailedChanges();
      notify(`${T}.sync.retried`, { messageArgs: { smart_count: data.requeued } });
      refetch();
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    }
  };
  const openQueues = async () => {
    const target = window.open('about:blank', '_blank');
    try {
      await dataProvider.openQueueBoard();
      if (target) target.location.href = '/api/admin/queues';
    } catch (error) {
      target?.close();
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    }
  };

  const data = status.data;
  const shownRun = run ?? (last && last.status !== 'queued' ? last : undefined);
  return (
    <Card variant="outlined" sx={{ mt: 2, mb: 1 }} data-testid="sync-overview">
      <CardContent>
        <Stack spacing={1.5}>
          <Typography component="h2" variant="h6">
            {translate(`${T}.sync.title`)}
          </Typography>
          {data && data.configuredProviders.length === 0 ? (
            <Alert severity="warning" data-testid="sync-not-configured">
              {translate(`${T}.sync.not_configured`)}
            </Alert>
          ) : null}
          {data ? (
            <Typography variant="body2">
              {translate(`${T}.sync.outbox`, { pending: data.pending, age: data.oldestPendingSeconds ?? 0, failed: data.failed })}
            </Typography>
          ) : null}
          {shownRun ? <ReconcileProgress run={shownRun} /> : null}
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ flexWrap: 'wrap' }}>
            {canRun ? (
              <>
                <Button variant="contained" startIcon={<SyncIcon />} onClick={() => void start('full')}>
                  {translate(`${T}.reconcile.full`)}
                </Button>
                <Button variant="outlined" onClick={() => void start('incremental')}>
                  {translate(`${T}.reconcile.incremental`)}
                </Button>
                {data && data.failed > 0 ? (
                  <Button variant="outlined" color="warning" onClick={() => void retry()}>
                    {translate(`${T}.sync.retry_failed`)}
                  </Button>
                ) : null}
              </>
            ) : null}
            {permissions === 'admin' ? (
              <Button variant="text" endIcon={<OpenInNewIcon />} onClick={() => void openQueues()}>
                {translate(`${T}.queues.open`)}
              </Button>
            ) : null}
          </Stack>
        </Stack>
      </CardContent>
    </Card>
  );
};
