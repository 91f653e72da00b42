import { useState } from 'react';
import { Button, CircularProgress } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useNotify, useTranslate } from 'react-admin';
import { DownloadError, downloadFile } from '../common/download-csv';
import { API_URL } from '../data/data-provider';
import type { ImportResource } from '@contract/imports/import.contract';

/** The empty CSV whose header names every column the import of this resource accepts. */
export const TemplateDownloadButton = ({ resource }: { resource: ImportResource }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      await downloadFile(`${API_URL}/imports/templates/${resource}.csv`, `${resource}-template.csv`);
    } catch (error: unknown) {
      const message = error instanceof DownloadError ? error.message : 'app.errors.server';
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant="text"
      onClick={() => void download()}
      disabled={busy}
      startIcon={busy ? <CircularProgress size={16} color="inherit" /> : <DownloadIcon />}
      data-testid="import-template"
    >
      {translate('resources.imports.create.template', { resource: translate(`resources.${resource}.name`, { smart_count: 2 }) })}
    </Button>
  );
};
