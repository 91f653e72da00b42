import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CssBaseline, ThemeProvider, createTheme } from '@mui/material';
import { I18nContextProvider, StoreContextProvider, memoryStore } from 'react-admin';
import { MemoryRouter } from 'react-router';
import { readStoredLocale } from '../i18n/locales';
import { createI18nProvider } from '../i18n/polyglot-provider';
import { JoinPage } from '../public/JoinPage';
import { lightBaseTheme } from '../theme-base';
import { joinCatalog } from './join-catalogs';

/**
 * `/join` on its own page: the membership form is the first thing many
 * applicants see, often on a phone on a slow network, so it loads React, the
 * form and its words in the reader's language, and none of the admin.
 */
const initialLocale = readStoredLocale();
const initialCatalog = await joinCatalog(initialLocale);
const i18nProvider = createI18nProvider((locale) => (locale === initialLocale ? initialCatalog : joinCatalog(locale)), initialLocale);

const store = memoryStore();

const container = document.getElementById('join-root');
if (!container) throw new Error('join.html lacks the #join-root element');
container.removeAttribute('role');

createRoot(container).render(
  <StrictMode>
    <ThemeProvider theme={createTheme(lightBaseTheme)}>
      <CssBaseline />
      {/* The chosen language lives in React-Admin's store (and in localStorage, through the i18n provider). */}
      <StoreContextProvider value={store}>
        <I18nContextProvider value={i18nProvider}>
          {/* React-Admin's form reads the location; the page has a single one. */}
          <MemoryRouter>
            <JoinPage />
          </MemoryRouter>
        </I18nContextProvider>
      </StoreContextProvider>
    </ThemeProvider>
  </StrictMode>,
);
