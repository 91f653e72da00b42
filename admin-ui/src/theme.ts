import { createElement } from 'react';
import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';
import { ListPagination } from './common/ListPagination';

// Deep blue for structure, teal for accents: calm, institutional, and both
// pass WCAG AA as text on white and as backgrounds under white text.
const BLUE = { light: '#4a78a8', main: '#1a4a7a', dark: '#0f3256', contrastText: '#ffffff' };
const TEAL = { light: '#4f9d94', main: '#00695c', dark: '#004d40', contrastText: '#ffffff' };

const typography = {
  fontFamily: 'Roboto, "Segoe UI", "Helvetica Neue", Arial, sans-serif',
  h5: { fontWeight: 500 },
  h6: { fontWeight: 500 },
  button: { textTransform: 'none' as const, fontWeight: 500 },
};

const loginBackground = `linear-gradient(160deg, ${BLUE.dark} 0%, ${BLUE.main} 55%, ${TEAL.dark} 100%)`;

// Keyboard users must always see where they are; MUI's default ripple-only focus is too faint.
const focusOutline = {
  '&.Mui-focusVisible': {
    outline: `3px solid ${TEAL.light}`,
    outlineOffset: 2,
  },
};

const sharedComponents = {
  MuiButtonBase: { styleOverrides: { root: focusOutline } },
  MuiLink: { styleOverrides: { root: { '&:focus-visible': { outline: `3px solid ${TEAL.light}`, outlineOffset: 2 } } } },
  MuiCard: { defaultProps: { variant: 'outlined' as const } },
  // Every list says when its total is an estimate.
  RaList: { defaultProps: { pagination: createElement(ListPagination) } },
  RaLogin: {
    styleOverrides: {
      root: {
        backgroundImage: loginBackground,
        '& .RaLogin-card': { marginTop: '4em', width: 360, maxWidth: 'calc(100vw - 32px)' },
        '& .RaLogin-icon': { backgroundColor: TEAL.main },
      },
    },
  },
  RaLoginForm: {
    styleOverrides: {
      root: { '& .RaLoginForm-content': { width: 'auto' } },
    },
  },
};

export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    mode: 'light',
    primary: BLUE,
    secondary: TEAL,
    background: { default: '#f5f7fa', paper: '#ffffff' },
    text: { primary: '#1c2733', secondary: '#4a5866' },
  },
  shape: { borderRadius: 6 },
  typography,
  components: {
    ...defaultLightTheme.components,
    ...sharedComponents,
    RaToolbar: { styleOverrides: { root: { backgroundColor: '#eef2f6' } } },
  },
};

export const darkTheme: RaThemeOptions = {
  ...defaultDarkTheme,
  palette: {
    mode: 'dark',
    primary: { main: '#8fb8e6', contrastText: '#0b1a2a' },
    secondary: { main: '#6fc2b6', contrastText: '#0b1a2a' },
    background: { default: '#121820', paper: '#1b232d' },
  },
  shape: { borderRadius: 6 },
  typography,
  components: {
    ...defaultDarkTheme.components,
    ...sharedComponents,
  },
};
