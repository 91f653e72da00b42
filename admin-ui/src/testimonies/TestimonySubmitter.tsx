import { Typography } from '@mui/material';
import { TextField, useRecordContext, useTranslate } from 'react-admin';
import type { TestimonyRecord } from './testimony-record';

/** The submitter, or why it is withheld from this reader. */
export const TestimonySubmitter = ({ source }: { source: 'submitterName' | 'submitterContact'; label?: string }) => {
  const record = useRecordContext<TestimonyRecord>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.submitterHidden) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }} data-testid="submitter-hidden">
        {translate('resources.testimonies.submitter_hidden')}
      </Typography>
    );
  }
  return <TextField source={source} emptyText="—" />;
};
