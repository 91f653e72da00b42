import type { TranslationKeys, ZxcvbnFactory } from '@zxcvbn-ts/core';
import type { LocaleCode } from '../i18n/locales';
import { PASSWORD_ANALYSED_LENGTH } from '@contract/auth/password-policy/password-rules.contract';

export type StrengthEstimate = {
  /** zxcvbn's 0 (guessed at once) to 4 (very hard to guess). */
  score: 0 | 1 | 2 | 3 | 4;
  warning: string | null;
  suggestions: string[];
};

export type StrengthEstimator = (password: string, userInputs: readonly string[]) => StrengthEstimate;

/**
 * zxcvbn's feedback in the user's language. Each catalog is its own chunk,
 * as are the dictionaries below: several megabytes that only the pages where
 * a password is chosen download, and only when they open.
 */
const TRANSLATIONS: Record<LocaleCode, () => Promise<TranslationKeys>> = {
  en: () => import('@zxcvbn-ts/language-en').then((module) => module.translations),
  es: () => import('@zxcvbn-ts/language-es-es').then((module) => module.translations),
  fr: () => import('@zxcvbn-ts/language-fr').then((module) => module.translations),
};

const estimators = new Map<LocaleCode, Promise<StrengthEstimator>>();

const build = async (locale: LocaleCode): Promise<StrengthEstimator> => {
  const [{ ZxcvbnFactory: Factory }, common, english, translations] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
    TRANSLATIONS[locale](),
  ]);
  // The same dictionaries as the API's, so the meter and the server agree on the score.
  const zxcvbn: ZxcvbnFactory = new Factory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations,
    maxLength: PASSWORD_ANALYSED_LENGTH,
    l33tMaxSubstitutions: 12,
  });
  return (password, userInputs) => {
    const result = zxcvbn.check(password, [...userInputs]);
    return { score: result.score, warning: result.feedback.warning, suggestions: result.feedback.suggestions };
  };
};

/** The estimator for a language, loaded once per language. */
export const loadStrengthEstimator = (locale: LocaleCode): Promise<StrengthEstimator> => {
  let estimator = estimators.get(locale);
  if (!estimator) {
    estimator = build(locale);
    // A failed download may succeed on the next try.
    estimator.catch(() => estimators.delete(locale));
    estimators.set(locale, estimator);
  }
  return estimator;
};
