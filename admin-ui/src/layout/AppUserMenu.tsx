import { forwardRef } from 'react';
import { Box, ListItemIcon, ListItemText, MenuItem, Typography, useMediaQuery, type Theme } from '@mui/material';
import Brightness4Icon from '@mui/icons-material/Brightness4';
import KeyIcon from '@mui/icons-material/Key';
import SecurityIcon from '@mui/icons-material/Security';
import { Link, Logout, UserMenu, useGetIdentity, useTheme, useTranslate, useUserMenu } from 'react-admin';
import { canAccess } from '../auth/can-access';
import { useRole } from '../auth/use-role';
import { MY_PASSWORD_PATH } from '../me/my-records';
import { SECURITY_PATH } from '../security/security-records';

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
    <MenuItem component={Link} to={MY_PASSWORD_PATH} onClick={() => userMenu?.onClose()} data-testid="menu-my-password">
      <ListItemIcon>
        <KeyIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('app.menu.my_password')}</ListItemText>
    </MenuItem>
  );
};

/** Everyone's own security settings (two-factor authentication). */
const SecurityMenuItem = forwardRef<HTMLAnchorElement>((props, ref) => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem component={Link} to={SECURITY_PATH} ref={ref} {...props} onClick={() => userMenu?.onClose()} data-testid="menu-security">
      <ListItemIcon>
        <SecurityIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('app.menu.security')}</ListItemText>
    </MenuItem>
  );
});
SecurityMenuItem.displayName = 'SecurityMenuItem';

/** On a phone the app bar has no room for the theme switch: it is here instead. */
const ThemeMenuItem = forwardRef<HTMLLIElement>((props, ref) => {
  const translate = useTranslate();
  const [theme, setTheme] = useTheme();
  const isPhone = useMediaQuery((muiTheme: Theme) => muiTheme.breakpoints.down('sm'));
  if (!isPhone) return null;
  return (
    <MenuItem ref={ref} {...props} onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')} data-testid="menu-toggle-theme">
      <ListItemIcon>
        <Brightness4Icon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('ra.action.toggle_theme')}</ListItemText>
    </MenuItem>
  );
});
ThemeMenuItem.displayName = 'ThemeMenuItem';

export const AppUserMenu = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  // The button shows the user's name: its accessible name starts with it (WCAG 2.5.3, label in name).
  const label = identity?.fullName ? translate('app.user_menu.button', { name: identity.fullName }) : undefined;
  return (
    <Box component="span" data-testid="user-menu">
      <UserMenu label={label}>
        <IdentitySummary />
        <ChangePasswordItem />
        <SecurityMenuItem />
        <ThemeMenuItem />
        <Logout data-testid="logout-button" />
      </UserMenu>
    </Box>
  );
};
