import { Alert, AlertTitle, Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { Link, useCreatePath, useLocale, useTranslate } from 'react-admin';
import { useCanAccessResource } from '../auth/use-can-access';
import type { MembershipApplicationRecord } from './membership-application-record';

/** The decision on a reviewed application: when, why (rejection) and which records it made (approval). */
export const ReviewOutcome = ({ record }: { record: MembershipApplicationRecord }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const createPath = useCreatePath();
  const canShowOrganization = useCanAccessResource('organizations', 'show');
  const canShowPerson = useCanAccessResource('people', 'show');
  if (record.status === 'pending') return null;
  const date = record.reviewedAt ? new Date(record.reviewedAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }) : '—';
  return (
    <Card data-testid="review-outcome">
      <CardContent>
        <Typography component="h2" variant="h6" sx={{ mb: 1 }}>
          {translate('resources.membership-applications.sections.review')}
        </Typography>
        {record.status === 'approved' ? (
          <Alert severity="success">
            <AlertTitle>{translate('resources.membership-applications.outcome.approved', { date })}</AlertTitle>
            <Stack direction="row" spacing={3} sx={{ mt: 1 }}>
              {record.organizationId && canShowOrganization ? (
                <Link to={createPath({ resource: 'organizations', id: record.organizationId, type: 'show' })}>
                  {translate('resources.membership-applications.approve.open_organization')}
                </Link>
              ) : null}
              {record.personId && canShowPerson ? (
                <Link to={createPath({ resource: 'people', id: record.personId, type: 'show' })}>
                  {translate('resources.membership-applications.approve.open_person')}
                </Link>
              ) : null}
            </Stack>
          </Alert>
        ) : (
          <Alert severity="info">
            <AlertTitle>{translate('resources.membership-applications.outcome.rejected', { date })}</AlertTitle>
            <Box component="blockquote" sx={{ m: 0, mt: 1, whiteSpace: 'pre-wrap' }}>
              {record.rejectionReason}
            </Box>
          </Alert>
        )}
      </CardContent>
    </Card>
  );
};
