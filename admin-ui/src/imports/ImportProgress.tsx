import { Box, LinearProgress, Typography } from '@mui/material';
import { useLocale, useRecordContext, useTranslate } from 'react-admin';
import type { ImportJobRecord } from './import-record';

/** Rows done of the file's rows; "reading the file" until the worker has counted them, unless it stopped before. */
export const ImportProgress = ({ compact = false }: { compact?: boolean; source?: string; label?: string }) => {
  const record = useRecordContext<ImportJobRecord>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!record) return null;
  const percent = Math.round(record.progress * 100);
  const numbers = new Intl.NumberFormat(locale);
  let text: string;
  if (record.status === 'queued') text = translate('resources.imports.progress.queued');
  else if (record.totalRows === null && record.status === 'failed') text = translate('resources.imports.progress.stopped');
  else if (record.totalRows === null) text = translate('resources.imports.progress.counting');
  else
    text = translate('resources.imports.progress.rows', {
      processed: numbers.format(record.processedRows),
      total: numbers.format(record.totalRows),
      percent,
      // French counts 0 and 1 in the singular ("1 ligne sur 1").
      smart_count: record.processedRows,
    });
  const waiting = record.status === 'queued' || (record.status === 'running' && record.totalRows === null);
  return (
    <Box sx={{ minWidth: compact ? 140 : 240 }}>
      <LinearProgress
        variant={waiting ? 'indeterminate' : 'determinate'}
        value={percent}
        color={record.status === 'failed' ? 'error' : record.status === 'completed' ? 'success' : 'primary'}
        aria-label={translate('resources.imports.progress.label')}
        aria-valuetext={text}
        sx={{ height: compact ? 6 : 10, borderRadius: 5 }}
        data-testid="import-progress"
      />
      <Typography variant={compact ? 'caption' : 'body2'} color="text.secondary" sx={{ display: 'block', mt: 0.5 }}>
        {text}
      </Typography>
    </Box>
  );
};
