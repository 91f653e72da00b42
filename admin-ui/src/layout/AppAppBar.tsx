import { Typography } from '@mui/material';
import { AppBar, LoadingIndicator, TitlePortal, ToggleThemeButton, useTranslate } from 'react-admin';
import { LocaleSwitcher } from './LocaleSwitcher';
import { AppUserMenu } from './AppUserMenu';

const AppToolbar = () => (
  <>
    <LocaleSwitcher />
    <ToggleThemeButton />
    <LoadingIndicator />
  </>
);

export const AppAppBar = () => {
  const translate = useTranslate();
  return (
    <AppBar color="primary" toolbar={<AppToolbar />} userMenu={<AppUserMenu />}>
      <Typography component="span" variant="h6" noWrap sx={{ fontWeight: 600, mr: 2, display: { xs: 'none', sm: 'inline' } }}>
        {translate('app.title')}
      </Typography>
      {/* On a phone the page title shares the bar with the language and account menus: it ends in "…" instead of running under them. */}
      <TitlePortal variant="h6" sx={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} />
    </AppBar>
  );
};
