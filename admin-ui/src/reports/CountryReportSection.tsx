import AssessmentIcon from '@mui/icons-material/Assessment';
import { Box, Button, Typography } from '@mui/material';
import { Link, useRecordContext, useTranslate } from 'react-admin';
import { useCanAccessResource } from '../auth/use-can-access';
import { CountrySection } from '../countries/CountrySection';

/** On the country page: the way to its printable report (staff only). */
export const CountryReportSection = () => {
  const translate = useTranslate();
  const record = useRecordContext<{ iso3: string }>();
  const canSee = useCanAccessResource('reports', 'show');
  if (!record || !canSee) return null;
  return (
    <CountrySection title="resources.reports.country.open">
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
        <Button component={Link} to={`/reports/${record.iso3}/show`} variant="outlined" startIcon={<AssessmentIcon />}>
          {translate('resources.reports.country.open')}
        </Button>
        <Typography color="text.secondary">{translate('resources.reports.country.open_hint')}</Typography>
      </Box>
    </CountrySection>
  );
};
