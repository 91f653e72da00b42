import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, useListContext, useNotify, useResourceContext } from 'react-admin';
import { API_URL } from '../data/data-provider';
import { DownloadError, downloadFile } from './download-csv';

type ServerExportButtonProps = {
  label?: string;
  /** As a bulk action: only the selected rows. */
  selectedOnly?: boolean;
};

/**
 * Exports through the API's CSV export, in the list's order: every record the
 * current search and filters match (not just the page on screen), or the
 * selected rows.
 */
export const ServerExportButton = ({ label = 'app.export.csv', selectedOnly = false }: ServerExportButtonProps) => {
  const resource = useResourceContext() ?? '';
  const list = useListContext();
  const { sort, total, selectedIds } = list;
  const notify = useNotify();
  const [busy, setBusy] = useState(false);

  const exportCsv = async () => {
    const filter: unknown = selectedOnly ? { id: selectedIds } : list.filterValues;
    const query = new URLSearchParams({ filter: JSON.stringify(filter), sort: JSON.stringify([sort.field, sort.order]) });
    setBusy(true);
    try {
      await downloadFile(`${API_URL}/exports/${resource}.csv?${query.toString()}`, `${resource}.csv`);
    } catch (error: unknown) {
      const message = error instanceof DownloadError ? error.message : 'app.errors.server';
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setBusy(false);
    }
  };

  const nothing = selectedOnly ? selectedIds.length === 0 : total === 0;
  return (
    <Button label={label} onClick={() => void exportCsv()} disabled={busy || nothing} data-testid={selectedOnly ? 'export-selected' : 'server-export'}>
      <DownloadIcon />
    </Button>
  );
};
