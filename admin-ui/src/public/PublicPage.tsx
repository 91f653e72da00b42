import { useEffect, type ReactNode } from 'react';
import { Avatar, Box, Card, CardContent, Link, Typography } from '@mui/material';
import PublicIcon from '@mui/icons-material/Public';
import { useTranslate } from 'react-admin';
import { LocaleSwitcher } from '../layout/LocaleSwitcher';

type PublicPageProps = {
  /** i18n key of the page's heading, also used for the browser tab. */
  title: string;
  /** Wider card for long forms. */
  wide?: boolean;
  /** Hide the "back to sign in" link (e.g. on pages that sign the user in). */
  hideSignInLink?: boolean;
  children: ReactNode;
};

/**
 * The frame of the pages people reach without an account (membership form,
 * invitation and password links): the login page's look, the language
 * switcher at hand, and one <h1> per page.
 */
export const PublicPage = ({ title, wide = false, hideSignInLink = false, children }: PublicPageProps) => {
  const translate = useTranslate();
  const heading = translate(title);
  const appTitle = translate('app.title');

  useEffect(() => {
    document.title = `${heading} — ${appTitle}`;
  }, [heading, appTitle]);

  return (
    <Box
      component="main"
      sx={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        px: 2,
        py: { xs: 2, sm: 5 },
        boxSizing: 'border-box',
        backgroundImage: (theme) =>
          `linear-gradient(160deg, ${theme.palette.primary.dark} 0%, ${theme.palette.primary.main} 55%, ${theme.palette.secondary.dark} 100%)`,
      }}
    >
      <Card sx={{ width: '100%', maxWidth: wide ? 820 : 460 }} variant="elevation" elevation={4}>
        <Box
          component="header"
          sx={{
            display: 'flex',
            alignItems: 'center',
            gap: 2,
            px: { xs: 2, sm: 3 },
            pt: 2,
            pb: 1,
            flexWrap: 'wrap',
          }}
        >
          <Avatar sx={{ bgcolor: 'secondary.main' }} aria-hidden="true">
            <PublicIcon />
          </Avatar>
          <Box sx={{ flex: '1 1 200px' }}>
            <Typography variant="subtitle1" component="p" sx={{ fontWeight: 600, color: 'primary.main', lineHeight: 1.3 }}>
              {appTitle}
            </Typography>
            <Typography variant="body2" component="p" color="text.secondary">
              {translate('app.tagline')}
            </Typography>
          </Box>
          <LocaleSwitcher color="primary" />
        </Box>
        <CardContent sx={{ px: { xs: 2, sm: 3 }, pb: 3 }}>
          <Typography component="h1" variant="h5" sx={{ fontWeight: 600, mt: 1, mb: 2 }}>
            {heading}
          </Typography>
          {children}
          {hideSignInLink ? null : (
            <Typography variant="body2" sx={{ mt: 3 }}>
              {/* A plain link: /join is a page of its own, outside the admin's router. */}
              <Link href="/#/login">{translate('app.public.back_to_sign_in')}</Link>
            </Typography>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};
