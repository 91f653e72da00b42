import { Box } from '@mui/material';
import { Title } from 'react-admin';
import { canAccess } from '../auth/can-access';
import { useRole } from '../auth/use-role';
import { MyTasksCard } from '../tasks/MyTasksCard';
import { LatestAuditEntriesCard } from './LatestAuditEntriesCard';
import { MemberLinksCard } from './MemberLinksCard';
import { MembersCard } from './MembersCard';
import { ReportsDashboardCard } from '../reports/ReportsDashboardCard';
import { SystemStatusCard } from './SystemStatusCard';
import { WelcomeCard } from './WelcomeCard';

export const Dashboard = () => {
  const role = useRole();
  const showAudit = canAccess(role, { action: 'list', resource: 'audit-entries' });
  const showMembers = canAccess(role, { action: 'list', resource: 'organizations' });
  const showMemberLinks = canAccess(role, { action: 'edit', resource: 'my-organization' });
  return (
    <Box
      sx={{
        mt: 2,
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { xs: '1fr', md: '2fr 1fr' },
        alignItems: 'start',
      }}
    >
      <Title title="ra.page.dashboard" />
      <Box sx={{ gridColumn: '1 / -1', minWidth: 0 }}>
        <ReportsDashboardCard />
      </Box>
      <Box sx={{ display: 'grid', gap: 2 }}>
        <WelcomeCard />
        <MyTasksCard />
        {showMemberLinks ? <MemberLinksCard /> : null}
        {showAudit ? <LatestAuditEntriesCard /> : null}
      </Box>
      <Box sx={{ display: 'grid', gap: 2 }}>
        {showMembers ? <MembersCard /> : null}
        <SystemStatusCard />
      </Box>
    </Box>
  );
};
