import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

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

/**
 * React-Admin gives its row checkboxes an `aria-label`, which MUI puts on the
 * checkbox's outer span: the span may not carry one, and the input itself is
 * left without a name. Every checkbox moves its label onto its input.
 */
const labelledCheckbox = {
  defaultProps: {
    slotProps: {
      root: { 'aria-label': undefined },
      input: (ownerState: { 'aria-label'?: string }) => (ownerState['aria-label'] ? { 'aria-label': ownerState['aria-label'] } : {}),
    },
  },
};

// Status colours dark enough for 4.5:1 as text on white and on the form toolbar,
// and under white text (MUI's defaults fall to 3:1 for info and warning).
const STATUS_PALETTE = {
  error: { light: '#d32f2f', main: '#b71c1c', dark: '#7f0000', contrastText: '#ffffff' },
  warning: { light: '#e65100', main: '#a84300', dark: '#7a3000', contrastText: '#ffffff' },
  info: { light: '#0277bd', main: '#01579b', dark: '#003c6e', contrastText: '#ffffff' },
  success: { light: '#388e3c', main: '#1b5e20', dark: '#0d3d12', contrastText: '#ffffff' },
};

const sharedComponents = {
  MuiCheckbox: labelledCheckbox,
  MuiButtonBase: { styleOverrides: { root: focusOutline } },
  // The selection's buttons: their toolbar's 100% basis plus its padding overflowed a phone by 4 px.
  RaBulkActionsToolbar: { styleOverrides: { root: { '& .RaBulkActionsToolbar-topToolbar': { flexBasis: 'auto', minWidth: 0 } } } },
  MuiLink: { styleOverrides: { root: { '&:focus-visible': { outline: `3px solid ${TEAL.light}`, outlineOffset: 2 } } } },
  MuiCard: { defaultProps: { variant: 'outlined' as const } },
  // On a phone React-Admin fixes a form's Save bar to the bottom of the screen: room below the page lets its last field scroll above the bar.
  RaLayout: {
    styleOverrides: {
      root: { '@media (max-width: 599.95px)': { '&:has(.RaToolbar-mobileToolbar) .RaLayout-content': { paddingBottom: 88 } } },
    },
  },
  // Every form warns before its unsaved changes are left behind.
  RaSimpleForm: { defaultProps: { warnWhenUnsavedChanges: true } },
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

/** The look of every page, without the lists' defaults (`theme.ts` adds them, with the list components they name): the public pages load this alone. */
export const lightBaseTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    mode: 'light',
    primary: BLUE,
    secondary: TEAL,
    ...STATUS_PALETTE,
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

export const darkBaseTheme: RaThemeOptions = {
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
