import { Box, ListItemIcon, ListItemText, MenuItem, Typography } from '@mui/material';
import KeyIcon from '@mui/icons-material/Key';
import { Link } from 'react-router';
import { Logout, UserMenu, useGetIdentity, useTranslate, useUserMenu } from 'react-admin';
import { canAccess } from '../auth/can-access';
import { useRole } from '../auth/use-role';
import { MY_PASSWORD_PATH } from '../me/my-records';

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

const ChangePasswordItem = () => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  const role = useRole();
  if (!canAccess(role, { action: 'edit', resource: 'my-password' })) return null;
  return (
    <MenuItem component={Link} to={MY_PASSWORD_PATH} onClick={userMenu?.onClose} data-testid="menu-my-password">
      <ListItemIcon>
        <KeyIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('app.menu.my_password')}</ListItemText>
    </MenuItem>
  );
};

export const AppUserMenu = () => (
  <Box component="span" data-testid="user-menu">
    <UserMenu>
      <IdentitySummary />
      <ChangePasswordItem />
      <Logout data-testid="logout-button" />
    </UserMenu>
  </Box>
);
