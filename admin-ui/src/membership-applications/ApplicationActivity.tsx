import { Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ActivityTimeline } from '../notes/ActivityTimeline';
import type { MembershipApplicationRecord } from './membership-application-record';

/** The reviewers' notes on the application and its recorded changes (received, decided). */
export const ApplicationActivity = ({ record }: { record: MembershipApplicationRecord }) => {
  const translate = useTranslate();
  return (
    <Card data-testid="application-activity">
      <CardContent>
        <Typography component="h2" variant="h6" sx={{ mb: 1 }}>
          {translate('app.timeline.title')}
        </Typography>
        <ActivityTimeline targetType="membership_application" entityType="MembershipApplication" targetId={record.id} />
      </CardContent>
    </Card>
  );
};
