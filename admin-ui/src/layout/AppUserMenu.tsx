import { Box, Typography } from '@mui/material';
import { Logout, UserMenu, useGetIdentity, useTranslate } from 'react-admin';
import { useRole } from '../auth/use-role';

// Not a menu item: nothing to activate, so it is not in the keyboard path,
// and it is not greyed out like a disabled item, which would hurt contrast.
const IdentitySummary = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const role = useRole();
  if (!identity || !role) return null;
  return (
    <Box component="li" role="none" data-testid="user-menu-identity" sx={{ px: 2, pt: 1, pb: 1.5, maxWidth: 320 }}>
      <Typography variant="body2" sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}>
        {identity.fullName}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {translate('app.user_menu.signed_in_as', { role: translate(`app.roles.${role}`) })}
      </Typography>
    </Box>
  );
};

export const AppUserMenu = () => (
  <Box component="span" data-testid="user-menu">
    <UserMenu>
      <IdentitySummary />
      <Logout data-testid="logout-button" />
    </UserMenu>
  </Box>
);
