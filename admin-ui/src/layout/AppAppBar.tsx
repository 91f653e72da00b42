import { Typography, useMediaQuery, type Theme } from '@mui/material';
import { AppBar, LoadingIndicator, TitlePortal, ToggleThemeButton, useTranslate } from 'react-admin';
import { LocaleSwitcher } from './LocaleSwitcher';
import { AppUserMenu } from './AppUserMenu';

/** On a phone the page's title needs the room: the theme switch moves into the account menu, and pulling the page down reloads it. */
const AppToolbar = () => {
  const isPhone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return (
    <>
      <LocaleSwitcher />
      {isPhone ? null : <ToggleThemeButton />}
      {isPhone ? null : <LoadingIndicator />}
    </>
  );
};

// On a phone a long title ("Organization Kenya Land Alliance Nairobi Office") takes two smaller lines rather than ending in "…".
const TITLE_SX = {
  minWidth: 0,
  flex: 1,
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: { xs: 'normal', sm: 'nowrap' },
  fontSize: { xs: '1rem', sm: undefined },
  lineHeight: { xs: 1.25, sm: undefined },
  display: { xs: '-webkit-box', sm: 'block' },
  WebkitLineClamp: { xs: 2, sm: 'none' },
  WebkitBoxOrient: 'vertical',
  overflowWrap: 'anywhere',
} as const;

export const AppAppBar = () => {
  const translate = useTranslate();
  return (
    <AppBar color="primary" toolbar={<AppToolbar />} userMenu={<AppUserMenu />}>
      <Typography component="span" variant="h6" noWrap sx={{ fontWeight: 600, mr: 2, display: { xs: 'none', sm: 'inline' } }}>
        {translate('app.title')}
      </Typography>
      <TitlePortal variant="h6" sx={TITLE_SX} />
    </AppBar>
  );
};
