import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readStoredLocale } from '../i18n/locales';
import { loadJoinWords } from './join-words';
import { JoinPage } from './JoinPage';
import { setDocumentLanguage, WordsProvider } from './words-context';
import './join.css';

/**
 * `/join` on its own page: the membership form is the first thing many
 * applicants see, often on a phone on a slow network, so it is written with
 * React and the browser's own form controls, and loads its words in the
 * reader's language only: none of the admin, React-Admin or MUI.
 */
const locale = readStoredLocale();
setDocumentLanguage(locale);
const words = await loadJoinWords(locale);

const container = document.getElementById('join-root');
if (!container) throw new Error('join.html lacks the #join-root element');
container.removeAttribute('role');

createRoot(container).render(
  <StrictMode>
    <WordsProvider locale={locale} words={words}>
      <JoinPage />
    </WordsProvider>
  </StrictMode>,
);
