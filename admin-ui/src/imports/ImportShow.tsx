import { Alert, AlertTitle, Box, Button, Card, CardContent, Typography } from '@mui/material';
import ReplayIcon from '@mui/icons-material/Replay';
import { BooleanField, Labeled, Link, ListButton, NumberField, ShowBase, TextField, Title, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { useCanAccessResource } from '../auth/use-can-access';
import { DateTimeField } from '../common/DateTimeField';
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

/** After a dry run: what it means, and the way to the real import (the file must be sent again). */
const DryRunOutcome = ({ job }: { job: ImportJobRecord }) => {
  const translate = useTranslate();
  const canCreate = useCanAccessResource('imports', 'create');
  if (!job.dryRun || job.status !== 'completed') return null;
  return (
    <Alert
      severity="info"
      data-testid="dry-run-outcome"
      action={
        canCreate ? (
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
        ) : undefined
      }
    >
      <AlertTitle>{translate('resources.imports.dry_run_done.title')}</AlertTitle>
      {translate('resources.imports.dry_run_done.body')}
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
          <TextField source="failureReason" emptyText="—" />
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
    <TopToolbar>
      <ListButton />
    </TopToolbar>
    <ImportJobView />
  </ShowBase>
);
