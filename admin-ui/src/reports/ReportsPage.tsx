import { Box } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { ReportsDashboard } from './ReportsDashboard';

/** The overview on a page of its own (the menu's "Reports"); the home page shows the same for the staff. */
export const ReportsPage = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('resources.reports.dashboard.title')} />
      <ReportsDashboard />
    </Box>
  );
};
