import { beforeAll, describe, expect, it } from '@jest/globals';
import { FIELD_ERROR_CODES, GENERAL_ERROR_CODES, RULE_ERROR_CODES, RULE_ERRORS, type RuleErrorCode } from '../../api/src/common/error-code.contract.js';

type ErrorCatalogs = { server_errors: Record<string, unknown>; field_errors: Record<string, unknown> };
const LOCALES = ['en', 'es', 'fr'] as const;

/** The admin UI's catalog of one language (built for the browser, so loaded by path rather than type-checked with the API's settings). */
const loadCatalog = async (locale: string): Promise<ErrorCatalogs> => {
  const module = (await import(`../../admin-ui/src/i18n/${locale}.js`)) as Record<string, { app: ErrorCatalogs }>;
  return module[locale].app;
};
const ANSWER_CODES: readonly string[] = [...GENERAL_ERROR_CODES, ...RULE_ERROR_CODES];
/** What the general codes may name: the field, and the server's English text for the answers that have no words of their own. */
const GENERAL_PARAMS = ['field', 'detail'];

const placeholders = (text: string): string[] => [...text.matchAll(/%\{(\w+)\}/g)].map((match) => match[1]);
const isRule = (code: string): code is RuleErrorCode => Object.hasOwn(RULE_ERRORS, code);

/**
 * The admin UI words every error code of the API in each of its languages;
 * the catalog types make a missing code a compile error, and this checks the
 * built catalogs, and that each text interpolates only what its code sends.
 */
describe('the catalogs of error messages', () => {
  const catalogs: Record<string, ErrorCatalogs> = {};
  beforeAll(async () => {
    for (const locale of LOCALES) catalogs[locale] = await loadCatalog(locale);
  });
  const text = (locale: string, code: string): string => {
    const value = catalogs[locale]?.server_errors[code];
    return typeof value === 'string' ? value : '';
  };

  it.each(LOCALES)('has a text for every code of the contract in %s', (locale) => {
    const answers = catalogs[locale].server_errors;
    const fields = catalogs[locale].field_errors;
    const missing = [
      ...ANSWER_CODES.filter((code) => typeof answers[code] !== 'string' || answers[code].trim() === ''),
      ...FIELD_ERROR_CODES.filter((code) => typeof fields[code] !== 'string' || fields[code].trim() === '').map((code) => `field_errors.${code}`),
    ];
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)('interpolates in %s only the parameters each code sends', (locale) => {
    const unknown = ANSWER_CODES.flatMap((code) => {
      const allowed: readonly string[] = isRule(code) ? RULE_ERRORS[code].params : GENERAL_PARAMS;
      return placeholders(text(locale, code))
        .filter((name) => !allowed.includes(name))
        .map((name) => `${code}: %{${name}}`);
    });
    expect(unknown).toEqual([]);
  });

  it('uses the same placeholders in Spanish and French as in English, so no value is lost in translation', () => {
    for (const code of ANSWER_CODES) {
      const english = placeholders(text('en', code)).sort();
      for (const locale of ['es', 'fr']) expect({ locale, code, names: placeholders(text(locale, code)).sort() }).toEqual({ locale, code, names: english });
    }
  });
});
