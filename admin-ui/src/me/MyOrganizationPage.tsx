import { Box } from '@mui/material';
import { CanAccess, RecordContextProvider, ResourceContextProvider, SimpleForm } from 'react-admin';
import { AccessDeniedPage } from '../layout/AccessDeniedPage';
import { OrganizationProfileInputs } from '../organizations/OrganizationInputs';
import { OrganizationMembershipFields } from '../organizations/OrganizationProfile';
import { MyPageFrame } from './MyPageFrame';
import { SecretariatPanel } from './SecretariatPanel';
import type { MyOrganizationRecord } from './my-records';
import { SaveOnlyToolbar } from './SaveOnlyToolbar';
import { useMine } from './use-mine';

const MyOrganizationForm = () => {
  const { record, error, isPending, save } = useMine<MyOrganizationRecord>('organization');

  return (
    <MyPageFrame title="app.me.organization_title" intro="app.me.organization_intro" missing="app.me.organization_missing" isPending={isPending} error={error}>
      {record ? (
        // Labels come from the organization resource's catalog, as on the staff pages.
        <ResourceContextProvider value="organizations">
          <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 640px) minmax(0, 1fr)' }, alignItems: 'start' }}>
            {/* Re-mounted after a save so the form shows what the API kept (it completes web addresses, trims text). */}
            <SimpleForm
              noValidate
              key={record.updatedAt}
              record={record}
              onSubmit={save}
              toolbar={<SaveOnlyToolbar />}
              warnWhenUnsavedChanges
              sx={{ p: 0 }}
              data-testid="my-organization-form"
            >
              <OrganizationProfileInputs />
            </SimpleForm>
            <RecordContextProvider value={record}>
              <SecretariatPanel title="app.me.secretariat_title" note="app.me.secretariat_note">
                <OrganizationMembershipFields />
              </SecretariatPanel>
            </RecordContextProvider>
          </Box>
        </ResourceContextProvider>
      ) : null}
    </MyPageFrame>
  );
};

/** "My organization": a member keeps the public profile of their organization up to date. */
export const MyOrganizationPage = () => (
  <CanAccess resource="my-organization" action="edit" accessDenied={<AccessDeniedPage />}>
    <MyOrganizationForm />
  </CanAccess>
);
