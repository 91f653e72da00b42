import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { storeLocale, type LocaleCode } from '../i18n/locales';
import { loadJoinWords, translatorFor, type JoinWords, type Translate } from './join-words';

type WordsState = {
  locale: LocaleCode;
  translate: Translate;
  /** Fetches the language's words, then shows the page in it and remembers the choice. */
  changeLocale: (locale: LocaleCode) => Promise<void>;
};

const WordsContext = createContext<WordsState | null>(null);

/** Screen readers pick their voice from <html lang>. */
export const setDocumentLanguage = (locale: LocaleCode): void => {
  document.documentElement.lang = locale;
};

/** The page's language and words; it starts with the words of the reader's language already at hand. */
export const WordsProvider = ({ locale: initialLocale, words: initialWords, children }: { locale: LocaleCode; words: JoinWords; children: ReactNode }) => {
  const [current, setCurrent] = useState({ locale: initialLocale, words: initialWords });

  const changeLocale = useCallback(async (locale: LocaleCode) => {
    const words = await loadJoinWords(locale);
    setCurrent({ locale, words });
    storeLocale(locale);
    setDocumentLanguage(locale);
  }, []);

  const value = useMemo(() => ({ locale: current.locale, translate: translatorFor(current.words), changeLocale }), [current, changeLocale]);
  return <WordsContext.Provider value={value}>{children}</WordsContext.Provider>;
};

export const useWords = (): WordsState => {
  const state = useContext(WordsContext);
  if (!state) throw new Error('useWords needs a <WordsProvider>');
  return state;
};
