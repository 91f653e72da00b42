import { lazy, Suspense } from 'react';
import { Skeleton } from '@mui/material';
import { useCanAccessResource } from '../auth/use-can-access';

const ReportsDashboard = lazy(async () => ({ default: (await import('./ReportsDashboard')).ReportsDashboard }));

/** The overview on the home page of the staff, loaded only for them (members never download the map and charts). */
export const ReportsDashboardCard = () => {
  const canSee = useCanAccessResource('reports', 'list');
  if (!canSee) return null;
  return (
    <Suspense fallback={<Skeleton variant="rounded" height={420} />}>
      <ReportsDashboard />
    </Suspense>
  );
};
