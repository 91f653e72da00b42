import { Box, Chip, Typography } from '@mui/material';
import { useListContext, useLocale, useTranslate } from 'react-admin';
import type { RatificationStepRecord } from './ratification-step-record';

const DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: 'UTC' };
const DOT = { done: 'success.main', expected: 'info.main', stalled: 'error.main' } as const;
const CHIP = { done: 'success', expected: 'info', stalled: 'error' } as const;

/** A country's steps (from a ReferenceManyField sorted by date) as a vertical timeline: stage, date, status, source and note. */
export const RatificationTimeline = () => {
  const { data, isPending } = useListContext<RatificationStepRecord>();
  const translate = useTranslate();
  const locale = useLocale();
  if (isPending) return null;
  if (!data || data.length === 0) return <Typography color="text.secondary">{translate('resources.countries.page.pipeline_empty')}</Typography>;
  return (
    <Box component="ol" aria-label={translate('resources.countries.page.pipeline')} sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {data.map((step, index) => (
        <Box component="li" key={step.id} sx={{ display: 'grid', gridTemplateColumns: '1.5rem 1fr', columnGap: 1 }}>
          <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }} aria-hidden>
            <Box sx={{ width: 12, height: 12, mt: 0.75, borderRadius: '50%', bgcolor: DOT[step.status] }} />
            {index < data.length - 1 ? <Box sx={{ flex: 1, width: 2, bgcolor: 'divider' }} /> : null}
          </Box>
          <Box sx={{ pb: 2 }}>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
              <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
                {translate(`resources.ratification-steps.stages.${step.stage}`)}
              </Typography>
              <Chip size="small" variant="outlined" color={CHIP[step.status]} label={translate(`resources.ratification-steps.statuses.${step.status}`)} />
            </Box>
            <Typography variant="body2" color="text.secondary">
              {step.date ? new Date(step.date).toLocaleDateString(locale, DATE) : translate('resources.countries.no_date')}
            </Typography>
            {step.note ? <Typography variant="body2">{step.note}</Typography> : null}
            <Typography variant="body2" color="text.secondary" sx={{ wordBreak: 'break-word' }}>
              {translate('resources.ratification-steps.fields.source')}: {step.source ?? translate('resources.countries.page.no_source')}
            </Typography>
          </Box>
        </Box>
      ))}
    </Box>
  );
};
