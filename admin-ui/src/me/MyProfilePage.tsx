import { Alert, Box } from '@mui/material';
import MarkEmailUnreadIcon from '@mui/icons-material/MarkEmailUnread';
import { CanAccess, Labeled, RecordContextProvider, ResourceContextProvider, SimpleForm, TextField, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { AccessDeniedPage } from '../layout/AccessDeniedPage';
import { PersonContactInputs } from '../people/PersonInputs';
import { MyPageFrame } from './MyPageFrame';
import { MySubscriptionsPanel } from './MySubscriptionsPanel';
import { SecretariatPanel } from './SecretariatPanel';
import type { MyProfileRecord } from './my-records';
import { SaveOnlyToolbar } from './SaveOnlyToolbar';
import { useMine } from './use-mine';

/** A new contact e-mail waits for the link sent to it; the form keeps showing the current one. */
const PendingEmailNotice = ({ record }: { record: MyProfileRecord }) => {
  const translate = useTranslate();
  if (!record.pendingEmail) return null;
  return (
    <Alert severity="info" icon={<MarkEmailUnreadIcon />} role="status" sx={{ mb: 2 }} data-testid="pending-email">
      {translate('app.email_change.pending', { email: record.pendingEmail, current: record.email ?? '—' })}
    </Alert>
  );
};

const MyProfileForm = () => {
  const { record, error, isPending, save } = useMine<MyProfileRecord>('profile');

  return (
    <MyPageFrame title="app.me.profile_title" intro="app.me.profile_intro" missing="app.me.profile_missing" isPending={isPending} error={error}>
      {record ? (
        <ResourceContextProvider value="people">
          <PendingEmailNotice record={record} />
          <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 640px) minmax(0, 1fr)' }, alignItems: 'start' }}>
            <SimpleForm
              noValidate
              // A new e-mail is not applied at once: reset the form to the record as it stands, pending change aside.
              key={`${record.updatedAt}|${record.pendingEmail ?? ''}`}
              record={record}
              onSubmit={save}
              toolbar={<SaveOnlyToolbar />}
              warnWhenUnsavedChanges
              sx={{ p: 0 }}
              data-testid="my-profile-form"
            >
              <PersonContactInputs emailRequired />
            </SimpleForm>
            <RecordContextProvider value={record}>
              <SecretariatPanel title="app.me.account_title" note="app.me.account_note">
                <Labeled label="app.me.login_email">
                  <TextField source="loginEmail" />
                </Labeled>
                <Labeled>
                  <DateTimeField source="consentAt" emptyText="resources.people.no_consent" />
                </Labeled>
                <Labeled>
                  <TextField source="consentSource" emptyText="—" />
                </Labeled>
              </SecretariatPanel>
            </RecordContextProvider>
          </Box>
          <MySubscriptionsPanel />
        </ResourceContextProvider>
      ) : null}
    </MyPageFrame>
  );
};

/** "My profile": a member keeps their own contact details up to date. */
export const MyProfilePage = () => (
  <CanAccess resource="my-profile" action="edit" accessDenied={<AccessDeniedPage />}>
    <MyProfileForm />
  </CanAccess>
);
