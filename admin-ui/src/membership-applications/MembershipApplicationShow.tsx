import { Alert, AlertTitle, Box } from '@mui/material';
import { ListButton, Show, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { useCanAccessResource } from '../auth/use-can-access';
import { ApplicationActivity } from './ApplicationActivity';
import { ApplicationDetails } from './ApplicationDetails';
import { ApproveButton } from './ApproveButton';
import { DuplicateCandidates } from './DuplicateCandidates';
import { countDuplicates, type MembershipApplicationRecord } from './membership-application-record';
import { RejectButton } from './RejectButton';
import { ReviewOutcome } from './ReviewOutcome';

const ApplicationTitle = () => {
  const record = useRecordContext<MembershipApplicationRecord>();
  const translate = useTranslate();
  return <span>{translate('resources.membership-applications.title', { name: record?.organizationName ?? '' })}</span>;
};

const ApplicationShowActions = () => {
  const record = useRecordContext<MembershipApplicationRecord>();
  // Steering members read applications; only coordinators and admins decide.
  const canDecide = useCanAccessResource('membership-applications', 'edit');
  return (
    <TopToolbar sx={{ gap: 1, alignItems: 'center' }}>
      <ListButton />
      {record?.status === 'pending' && canDecide ? (
        <>
          <RejectButton record={record} />
          <ApproveButton record={record} />
        </>
      ) : null}
    </TopToolbar>
  );
};

const DuplicateWarning = ({ count }: { count: number }) => {
  const translate = useTranslate();
  return (
    <Alert severity="warning" role="alert" data-testid="duplicate-warning" sx={{ mb: 2 }}>
      <AlertTitle>{translate('resources.membership-applications.duplicates.warning_title', { smart_count: count })}</AlertTitle>
      {translate('resources.membership-applications.duplicates.warning_body')}
    </Alert>
  );
};

/** The application on the left; its duplicate candidates (or, once decided, the decision) and its notes on the right. */
const ApplicationReview = () => {
  const record = useRecordContext<MembershipApplicationRecord>();
  if (!record) return null;
  const duplicates = countDuplicates(record.duplicates);
  return (
    <Box sx={{ mt: 1 }}>
      {record.status === 'pending' && duplicates > 0 ? <DuplicateWarning count={duplicates} /> : null}
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(0, 2fr)' },
          alignItems: 'start',
        }}
      >
        <ApplicationDetails record={record} />
        <Box sx={{ display: 'grid', gap: 2 }}>
          {record.status === 'pending' && record.duplicates ? <DuplicateCandidates duplicates={record.duplicates} /> : <ReviewOutcome record={record} />}
          <ApplicationActivity record={record} />
        </Box>
      </Box>
    </Box>
  );
};

export const MembershipApplicationShow = () => (
  <Show title={<ApplicationTitle />} actions={<ApplicationShowActions />} component="div">
    <ApplicationReview />
  </Show>
);
