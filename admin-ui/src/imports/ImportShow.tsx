import { useState } from 'react';
import { Alert, AlertTitle, Box, Button, Card, CardContent, CircularProgress, Typography } from '@mui/material';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import ReplayIcon from '@mui/icons-material/Replay';
import {
  BooleanField,
  Labeled,
  Link,
  ListButton,
  NumberField,
  ShowBase,
  Title,
  TopToolbar,
  useCreatePath,
  useDataProvider,
  useGetIdentity,
  useNavigate,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useCanAccessResource } from '../auth/use-can-access';
import { DateTimeField } from '../common/DateTimeField';
import type { AppDataProvider } from '../data/data-provider';
import { DRY_RUN_FILE_KEPT_HOURS } from '@contract/imports/import.contract';
import { importFailureText } from './import-problem-text';
import { isImportActive, type ImportJobRecord } from './import-record';
import { ImportErrorReport } from './ImportErrorReport';
import { ImportProgress } from './ImportProgress';
import { ImportResourceField } from './ImportResourceField';
import { ImportStatusField } from './ImportStatusField';

const POLL_MS = 1000;
// While the worker runs the job, ask for its progress every second; stop once it is done.
const showQueryOptions = {
  refetchInterval: (query: { state: { data?: ImportJobRecord } }) => (isImportActive(query.state.data) ? POLL_MS : false),
};

const ImportTitle = () => {
  const record = useRecordContext<ImportJobRecord>();
  const translate = useTranslate();
  return <Title title={translate('resources.imports.title', { name: record?.fileName ?? '' })} />;
};

const Count = ({ source }: { source: keyof ImportJobRecord }) => (
  <Labeled>
    <NumberField source={source} sx={{ fontSize: '1.5rem', fontWeight: 500 }} />
  </Labeled>
);

/** Whether the signed-in user may start the real import from this dry run's kept file: they uploaded it, and it is still kept. */
const useCanImportKeptFile = (job: ImportJobRecord): boolean => {
  const { identity } = useGetIdentity();
  const kept = job.fileKeptUntil !== null && Date.parse(job.fileKeptUntil) > Date.now();
  return kept && identity !== undefined && String(identity.id) === job.createdById;
};

/** Starts the real import from the file the dry run kept, and opens it. */
const ImportKeptFileButton = ({ job }: { job: ImportJobRecord }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const [starting, setStarting] = useState(false);
  const start = async () => {
    setStarting(true);
    try {
      const { data } = await dataProvider.importDryRun<ImportJobRecord>(job.id);
      navigate(createPath({ resource: 'imports', id: data.id, type: 'show' }));
    } catch (failure: unknown) {
      const message = failure instanceof Error ? failure.message : 'app.errors.server';
      notify(message, { type: 'error', messageArgs: { _: message } });
      setStarting(false);
    }
  };
  return (
    <Button
      onClick={() => void start()}
      disabled={starting}
      color="inherit"
      variant="outlined"
      size="small"
      startIcon={starting ? <CircularProgress size={16} color="inherit" /> : <PlayArrowIcon />}
      data-testid="import-kept-file"
    >
      {translate('resources.imports.import_these_rows')}
    </Button>
  );
};

/** After a dry run: what it means, and the way to the real import (from the kept file, or by sending the file again). */
const DryRunOutcome = ({ job }: { job: ImportJobRecord }) => {
  const translate = useTranslate();
  const canCreate = useCanAccessResource('imports', 'create');
  const canImportKept = useCanImportKeptFile(job);
  if (!job.dryRun || job.status !== 'completed') return null;
  const uploadAgain = (
    <Button
      component={Link}
      to={`/imports/create?resource=${job.resource}&dryRun=false`}
      color="inherit"
      variant="outlined"
      size="small"
      startIcon={<ReplayIcon />}
      data-testid="run-for-real"
    >
      {translate('resources.imports.run_for_real')}
    </Button>
  );
  return (
    <Alert severity="info" data-testid="dry-run-outcome" action={canCreate ? canImportKept ? <ImportKeptFileButton job={job} /> : uploadAgain : undefined}>
      <AlertTitle>{translate('resources.imports.dry_run_done.title')}</AlertTitle>
      {translate(canImportKept ? 'resources.imports.dry_run_done.body_kept' : 'resources.imports.dry_run_done.body', { hours: DRY_RUN_FILE_KEPT_HOURS })}
    </Alert>
  );
};

const ImportJobView = () => {
  const job = useRecordContext<ImportJobRecord>();
  const translate = useTranslate();
  if (!job) return null;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Card>
        <CardContent>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 2 }}>
            <Typography component="h2" variant="h6" sx={{ overflowWrap: 'anywhere' }}>
              {job.fileName}
            </Typography>
            <ImportStatusField />
          </Box>
          <Box aria-live="polite">
            <ImportProgress />
          </Box>
          <Box sx={{ display: 'grid', gap: 2, mt: 2, gridTemplateColumns: { xs: '1fr 1fr', sm: 'repeat(4, 1fr)' } }}>
            <Count source="createdCount" />
            <Count source="updatedCount" />
            <Count source="errorCount" />
            <Labeled label="resources.imports.fields.resource">
              <ImportResourceField />
            </Labeled>
            <Labeled>
              <BooleanField source="dryRun" />
            </Labeled>
            <Labeled>
              <DateTimeField source="createdAt" />
            </Labeled>
            <Labeled>
              <DateTimeField source="startedAt" emptyText="—" />
            </Labeled>
            <Labeled>
              <DateTimeField source="finishedAt" emptyText="—" />
            </Labeled>
          </Box>
          {job.dryRun ? (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
              {translate('resources.imports.dry_run_counts')}
            </Typography>
          ) : null}
        </CardContent>
      </Card>
      {job.status === 'failed' ? (
        <Alert severity="error" role="alert" data-testid="import-failure">
          <AlertTitle>{translate('resources.imports.failed')}</AlertTitle>
          {importFailureText(translate, job) || '—'}
        </Alert>
      ) : null}
      <DryRunOutcome job={job} />
      <ImportErrorReport job={job} />
    </Box>
  );
};

/** One import: its progress (polled while it runs), its counts and its error report. */
export const ImportShow = () => (
  <ShowBase queryOptions={showQueryOptions}>
    <ImportTitle />
    {/*
      Outside <Show>, the toolbar and the card would be items of the layout's flex box, which shares the
      page's spare height among them on a phone: a block of their own keeps the card under the toolbar.
    */}
    <Box>
      <TopToolbar>
        <ListButton />
      </TopToolbar>
      <ImportJobView />
    </Box>
  </ShowBase>
);
