import { useId, useState, type MouseEvent } from 'react';
import { Box, Button, Menu, MenuItem } from '@mui/material';
import TranslateIcon from '@mui/icons-material/Translate';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useLocaleState, useTranslate } from 'react-admin';
import { LOCALES } from '../i18n/locales';

/**
 * React-Admin's LocalesMenuButton has an empty aria-label; this one names
 * itself, marks each language with its own `lang` so screen readers
 * pronounce it properly, and works in the app bar and on the login page.
 */
export const LocaleSwitcher = ({ color = 'inherit' }: { color?: 'inherit' | 'primary' }) => {
  const translate = useTranslate();
  const [locale, setLocale] = useLocaleState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const current = LOCALES.find((entry) => entry.locale === locale) ?? LOCALES[0];

  const open = (event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget);
  const close = () => setAnchor(null);
  const choose = (code: string) => () => {
    setLocale(code);
    close();
  };

  return (
    <>
      <Button
        color={color}
        startIcon={<TranslateIcon />}
        endIcon={<ExpandMoreIcon fontSize="small" />}
        aria-label={translate('app.locale.change', { name: current.name })}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? menuId : undefined}
        data-testid="locale-switcher"
        onClick={open}
        sx={color === 'inherit' ? { minWidth: 0, '& .MuiButton-endIcon': { display: { xs: 'none', sm: 'inherit' } } } : undefined}
      >
        {/* In the app bar of a phone the page's title needs the room: the icon stays, the name (also in the aria-label) goes. */}
        <Box component="span" sx={color === 'inherit' ? { display: { xs: 'none', sm: 'inline' } } : undefined}>
          {current.name}
        </Box>
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={close}>
        {LOCALES.map((entry) => (
          <MenuItem
            key={entry.locale}
            lang={entry.locale}
            selected={entry.locale === current.locale}
            onClick={choose(entry.locale)}
            data-testid={`locale-${entry.locale}`}
          >
            {entry.name}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
