import { Card, CardContent, Typography } from '@mui/material';
import type { SxProps, Theme } from '@mui/material/styles';
import { useTranslate } from 'react-admin';
import { ActivityTimeline } from './ActivityTimeline';
import type { NoteTarget } from './note-record';

type ActivityCardProps = {
  targetType: NoteTarget;
  entityType: string;
  targetId: string;
  testId?: string;
  sx?: SxProps<Theme>;
};

/** A record's notes and recorded changes, in a card titled as the activity timeline. */
export const ActivityCard = ({ targetType, entityType, targetId, testId, sx }: ActivityCardProps) => {
  const translate = useTranslate();
  return (
    <Card data-testid={testId} sx={sx}>
      <CardContent>
        <Typography component="h2" variant="h6" sx={{ mb: 1 }}>
          {translate('app.timeline.title')}
        </Typography>
        <ActivityTimeline targetType={targetType} entityType={entityType} targetId={targetId} />
      </CardContent>
    </Card>
  );
};
