import { useState } from 'react';
import { Box, Button, Card, CardContent, CircularProgress, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { DataTable, FunctionField, ListBase, NumberField, Pagination, useLocale, useNotify, useTranslate } from 'react-admin';
import { DownloadError, downloadFile } from '../common/download-csv';
import { API_URL } from '../data/data-provider';
import { importColumnLabel, importRowErrorText } from './import-problem-text';
import { isImportActive, type ImportJobRecord, type ImportRowErrorRecord } from './import-record';

const POLL_MS = 1000;
const BY_ROW = { field: 'rowNumber', order: 'ASC' } as const;

/** Headers are read whatever their case and spaces ("First name" is `firstName`). */
const headerKey = (text: string): string => text.toLowerCase().replace(/[\s_.-]+/g, '');

/** The column's label, followed by its name in the file when the file could not use the label as its header. */
const columnText = (label: string, column: string): string => (headerKey(label) === headerKey(column) || column === 'row' ? label : `${label} (${column})`);

const DownloadReportButton = ({ job }: { job: ImportJobRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const url = `${API_URL}/imports/${encodeURIComponent(job.id)}/errors.csv?lang=${encodeURIComponent(locale)}`;
      await downloadFile(url, `import-errors-${job.id}.csv`);
    } catch (error: unknown) {
      const message = error instanceof DownloadError ? error.message : 'app.errors.server';
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant="outlined"
      onClick={() => void download()}
      disabled={busy}
      startIcon={busy ? <CircularProgress size={16} color="inherit" /> : <DownloadIcon />}
      data-testid="import-errors-download"
    >
      {translate('resources.imports.errors.download')}
    </Button>
  );
};

/**
 * The rows the import refused, page by page, as the API reports them
 * (GET /api/imports/:id/errors): row number as in a spreadsheet, the column
 * (labelled as the forms label it, with its name in the file), why (worded by
 * its code in the reader's language).
 */
export const ImportErrorReport = ({ job }: { job: ImportJobRecord }) => {
  const translate = useTranslate();
  if (job.errorCount === 0) return null;
  return (
    <Card data-testid="import-errors">
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap', mb: 1 }}>
          <Typography component="h2" variant="h6">
            {translate('resources.imports.errors.title', { smart_count: job.errorCount })}
          </Typography>
          <DownloadReportButton job={job} />
        </Box>
        {/*
          The "resource" is the path of the job's error list, which canAccess cannot
          know by name: the job page around it has already checked access to imports.
        */}
        <ListBase<ImportRowErrorRecord>
          resource={`imports/${job.id}/errors`}
          disableAuthentication
          sort={BY_ROW}
          perPage={25}
          disableSyncWithLocation
          storeKey={false}
          queryOptions={{ refetchInterval: isImportActive(job) ? POLL_MS : false }}
        >
          <DataTable<ImportRowErrorRecord> bulkActionButtons={false} rowClick={false}>
            <DataTable.Col source="rowNumber" label="resources.imports.errors.row">
              <NumberField source="rowNumber" />
            </DataTable.Col>
            <DataTable.Col source="field" label="resources.imports.errors.field">
              <FunctionField<ImportRowErrorRecord> render={(error) => columnText(importColumnLabel(translate, job.resource, error.field), error.field)} />
            </DataTable.Col>
            <DataTable.Col source="message" label="resources.imports.errors.message" disableSort>
              <FunctionField<ImportRowErrorRecord> render={(error) => importRowErrorText(translate, job.resource, error)} />
            </DataTable.Col>
          </DataTable>
          <Pagination rowsPerPageOptions={[25, 50, 100]} />
        </ListBase>
      </CardContent>
    </Card>
  );
};
